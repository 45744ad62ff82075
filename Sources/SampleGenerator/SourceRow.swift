/// One printed row of a transcribed table, with its kind, page and page-break flag checked.
struct SourceRow: Sendable {
    let record: TSVRecord
    let kind: RowKind
    /// Physical page of the print, from 1.
    let page: Int
    /// True for the second printing of a row that a page break repeats (Tabel 5.1 only).
    let isRepeat: Bool

    subscript(column: String) -> String { record[column] }
}
