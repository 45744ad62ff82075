import RenstraModel

/// Where a finding points: the file, and the sheet and cell in it.
public struct FindingLocation: Hashable, Sendable {
    public let file: String
    /// The sheet and the cell.
    public let at: CellLocation

    /// The location of a cell of `file`.
    public init(file: String, _ cell: CellLocation) {
        self.file = file
        at = cell
    }

    public var sheet: String { at.sheet }
    /// The A1 reference, e.g. `P12`.
    public var cell: String { at.cell }
    public var row: Int { at.row }
    /// The column letters of the cell.
    public var column: String { CellLocation.columnLetters(at.column) }
}

extension CellLocation {
    /// Row, then column (`B2` before `AA2`), for sorting.
    var order: (Int, Int) { (row, column) }
}
