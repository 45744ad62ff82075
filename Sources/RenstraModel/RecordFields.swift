/// The fields of a kept record (a node's, see `NodeRecord`, or an indikator's, see
/// `IndikatorRecord`), each found through the record's table of 16-bit offsets, with the row its
/// cells are written against.
struct RecordFields {
    let record: KeptRecord
    /// Where the record's table of offsets starts.
    let tableAt: Int
    let row: RowLocation

    /// A reader at the start of the field in slot `slot` of the table.
    func reader(_ slot: Int) -> RecordReader {
        var reader = record.reader()
        reader.offset = reader.uint16(at: tableAt + 2 * slot)
        return reader
    }

    func text(_ slot: Int) -> Text? {
        var reader = reader(slot)
        return reader.text(row: row)
    }

    func figure<Value>(_ slot: Int) -> Figure<Value>? {
        var reader = reader(slot)
        return reader.figure(row: row)
    }

    func figures<Value>(_ slot: Int) -> ByYear<Figure<Value>> {
        var reader = reader(slot)
        return reader.figures(row: row)
    }
}
