/// The record of a kept `PlanNode` (see `NodeStore`, and `RecordBytes` for how each part is
/// written): its level's number, its row (sheet and row, 4 bytes each), a table of where each
/// other field starts, then those fields in the order of `Slot`. A field is read by going
/// straight to its place, so reading a node's level or pagu costs nothing for its name.
@usableFromInline enum NodeRecord {
    @usableFromInline enum Slot: Int {
        case kode, kodeParts, nomor, nama, indikator, pagu, paguAkhir, lokasi, notes, children
    }

    static let slots = Slot.children.rawValue + 1
    static let levelAt = 0, rowAt = 1, tableAt = 9
    static let levels = Level.allCases

    /// Writes `fields`, whose children are all kept in `store`, as one record.
    static func write(_ fields: PlanNode.Fields, into writer: inout RecordWriter, store: KeptRecords) {
        let row = fields.row
        writer.byte(UInt8(levels.firstIndex(of: fields.level)!))
        writer.raw(row.sheetName.number)
        writer.raw(UInt32(row.row))
        let table = writer.offsetTable(slots)
        func mark(_ slot: Slot) { writer.markOffset(slot.rawValue, of: table, from: 0) }
        mark(.kode)
        writer.text(fields.kode, row: row)
        mark(.kodeParts)
        writer.utf8(fields.kodeParts.dotted)
        mark(.nomor)
        writer.text(fields.nomor, row: row)
        mark(.nama)
        writer.text(fields.nama, row: row)
        mark(.indikator)
        writer.varint(UInt64(fields.indikator.count))
        for indikator in fields.indikator { IndikatorRecord.write(indikator, into: &writer, row: row, store: store) }
        mark(.pagu)
        writer.figures(fields.pagu, row: row, store: store)
        mark(.paguAkhir)
        writer.figure(fields.paguAkhir, row: row, store: store)
        mark(.lokasi)
        writer.text(fields.lokasi, row: row)
        mark(.notes)
        writer.varint(UInt64(fields.notes.count))
        for (label, text) in fields.notes {
            writer.utf8(label)
            writer.text(text, row: row)
        }
        mark(.children)
        writer.varint(UInt64(fields.children.count))
        for child in fields.children { writer.raw(child.keptRecord!.position) }
    }

    @usableFromInline static func level(_ record: KeptRecord) -> Level {
        levels[Int(record.store.bytes(at: record.position).load(fromByteOffset: levelAt, as: UInt8.self))]
    }

    @usableFromInline static func row(_ record: KeptRecord) -> RowLocation {
        var reader = record.reader(at: rowAt)
        let sheet = reader.raw(UInt32.self)
        return RowLocation(sheet: SheetName(number: sheet), row: Int(reader.raw(UInt32.self)))
    }

    /// The record's fields, found through its table.
    private static func fields(of record: KeptRecord) -> RecordFields {
        RecordFields(record: record, tableAt: tableAt, row: row(record))
    }

    @usableFromInline static func text(_ record: KeptRecord, _ slot: Slot) -> Text? {
        fields(of: record).text(slot.rawValue)
    }

    @usableFromInline static func kodeParts(_ record: KeptRecord) -> KodeParts {
        var reader = fields(of: record).reader(Slot.kodeParts.rawValue)
        return KodeParts(keptDotted: reader.utf8())
    }

    @usableFromInline static func indikator(_ record: KeptRecord) -> IndikatorList {
        var reader = fields(of: record).reader(Slot.indikator.rawValue)
        var list = IndikatorList()
        for _ in 0..<reader.varint() {
            list.append(Indikator(kept: record.record(at: reader.offset)))
            reader.offset += IndikatorRecord.length(record.record(at: reader.offset))
        }
        return list
    }

    @usableFromInline static func pagu(_ record: KeptRecord) -> ByYear<Pagu> {
        fields(of: record).figures(Slot.pagu.rawValue)
    }

    @usableFromInline static func paguAkhir(_ record: KeptRecord) -> Pagu? {
        fields(of: record).figure(Slot.paguAkhir.rawValue)
    }

    @usableFromInline static func notes(_ record: KeptRecord) -> [String: Text] {
        let fields = fields(of: record)
        var reader = fields.reader(Slot.notes.rawValue)
        let count = Int(reader.varint())
        guard count > 0 else { return [:] }
        var notes: [String: Text] = [:]
        notes.reserveCapacity(count)
        for _ in 0..<count {
            let label = reader.utf8()
            notes[label] = reader.text(row: fields.row)
        }
        return notes
    }

    @usableFromInline static func children(_ record: KeptRecord) -> [PlanNode] {
        var reader = fields(of: record).reader(Slot.children.rawValue)
        let count = Int(reader.varint())
        guard count > 0 else { return [] }
        return (0..<count).map { _ in PlanNode(kept: KeptRecord(store: record.store, position: reader.raw(UInt32.self))) }
    }

    /// All the node's fields, for changing it or comparing it.
    @usableFromInline static func fields(_ record: KeptRecord) -> PlanNode.Fields {
        PlanNode.Fields(kode: text(record, .kode), kodeParts: kodeParts(record), nomor: text(record, .nomor),
                        nama: text(record, .nama), indikator: indikator(record), level: level(record), row: row(record),
                        pagu: pagu(record), paguAkhir: paguAkhir(record), lokasi: text(record, .lokasi),
                        notes: notes(record), children: children(record))
    }
}

/// The record of a kept `Indikator`, within its node's: how far back its node's record starts
/// (for the row its cells are written against), a table of where each field starts and where
/// the record ends, then the fields in the order of `Slot`.
@usableFromInline enum IndikatorRecord {
    @usableFromInline enum Slot: Int {
        case nama, satuan, kondisiAwal, targets, targetAkhir, end
    }

    static let slots = Slot.end.rawValue + 1
    static let nodeAt = 0, tableAt = 2

    static func write(_ indikator: Indikator, into writer: inout RecordWriter, row: RowLocation, store: KeptRecords) {
        let start = writer.count
        writer.raw(UInt16(truncatingIfNeeded: start))
        let table = writer.offsetTable(slots)
        func mark(_ slot: Slot) { writer.markOffset(slot.rawValue, of: table, from: start) }
        mark(.nama)
        writer.text(indikator.nama, row: row)
        mark(.satuan)
        writer.text(indikator.satuan, row: row)
        mark(.kondisiAwal)
        writer.text(indikator.kondisiAwal, row: row)
        mark(.targets)
        writer.figures(indikator.targets, row: row, store: store)
        mark(.targetAkhir)
        writer.figure(indikator.targetAkhir, row: row, store: store)
        mark(.end)
    }

    /// The bytes the record at `record` takes.
    static func length(_ record: KeptRecord) -> Int { record.reader().uint16(at: tableAt + 2 * Slot.end.rawValue) }

    /// The row of the indikator's node.
    @usableFromInline static func row(_ record: KeptRecord) -> RowLocation {
        NodeRecord.row(record.record(at: -record.reader().uint16(at: nodeAt)))
    }

    /// The record's fields, found through its table.
    private static func fields(of record: KeptRecord) -> RecordFields {
        RecordFields(record: record, tableAt: tableAt, row: row(record))
    }

    @usableFromInline static func text(_ record: KeptRecord, _ slot: Slot) -> Text? {
        fields(of: record).text(slot.rawValue)
    }

    @usableFromInline static func targets(_ record: KeptRecord) -> ByYear<Target> {
        fields(of: record).figures(Slot.targets.rawValue)
    }

    @usableFromInline static func targetAkhir(_ record: KeptRecord) -> Target? {
        fields(of: record).figure(Slot.targetAkhir.rawValue)
    }

    @usableFromInline static func fields(_ record: KeptRecord) -> Indikator.Fields {
        Indikator.Fields(nama: text(record, .nama), satuan: text(record, .satuan), kondisiAwal: text(record, .kondisiAwal),
                         targets: targets(record), targetAkhir: targetAkhir(record))
    }
}

extension PlanNode.Fields {
    @usableFromInline static func fields(_ record: KeptRecord) -> Self { NodeRecord.fields(record) }
}

extension Indikator.Fields {
    @usableFromInline static func fields(_ record: KeptRecord) -> Self { IndikatorRecord.fields(record) }
}
