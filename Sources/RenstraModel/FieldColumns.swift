/// The column each level's text fields were read from, so that a check can point at the cell
/// of a field that was left empty.
public struct FieldColumns: Hashable, Sendable {
    /// The text fields a check may find empty.
    public enum Field: String, Hashable, Sendable, CaseIterable {
        case kode, nomor, nama, indikator, satuan, kondisiAwal
    }

    private var columns: [Level: [Field: Int]]

    /// The column number (A is 1) of each field, by level.
    public init(_ columns: [Level: [Field: Int]] = [:]) { self.columns = columns }

    /// The column number of `field` for `level`, when the layout has one.
    public func column(_ field: Field, for level: Level) -> Int? { columns[level]?[field] }

    /// The cell of `field` in `row`, for a node of `level`.
    public func cell(_ field: Field, for level: Level, in row: RowLocation) -> CellLocation? {
        column(field, for: level).map { CellLocation(sheet: row.sheetName, row: row.row, column: $0) }
    }
}
