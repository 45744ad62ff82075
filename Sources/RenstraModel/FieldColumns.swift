/// The column each level's text fields were read from, so that a check can point at the cell
/// of a field that was left empty.
public struct FieldColumns: Hashable, Sendable {
    /// The text fields a check may find empty.
    public enum Field: String, Hashable, Sendable, CaseIterable {
        case kode, nomor, nama, indikator, satuan, kondisiAwal
    }

    private var letters: [Level: [Field: String]]

    public init(_ letters: [Level: [Field: String]] = [:]) { self.letters = letters }

    /// The column letter of `field` for `level`, when the layout has one.
    public func letter(_ field: Field, for level: Level) -> String? { letters[level]?[field] }

    /// The cell of `field` in `row`, for a node of `level`.
    public func cell(_ field: Field, for level: Level, in row: RowLocation) -> CellLocation? {
        letter(field, for: level).map { CellLocation(sheet: row.sheet, cell: "\($0)\(row.row)") }
    }
}
