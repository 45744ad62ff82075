import RenstraModel

/// Where a finding points: the file, the sheet, the cell (A1) and its row.
public struct FindingLocation: Hashable, Sendable {
    public let file: String
    public let sheet: String
    public let cell: String
    public let row: Int

    public init(file: String, sheet: String, cell: String, row: Int) {
        self.file = file
        self.sheet = sheet
        self.cell = cell
        self.row = row
    }

    /// The location of a cell of `file`.
    public init(file: String, _ cell: CellLocation) {
        self.init(file: file, sheet: cell.sheet, cell: cell.cell, row: cell.row)
    }

    /// The column letters of the cell.
    public var column: String { String(cell.prefix { $0.isLetter }) }

    /// Row, then column (`B2` before `AA2`), for sorting.
    var sortKey: SortKey { SortKey(row: row, columnWidth: column.count, column: column) }

    struct SortKey: Comparable {
        let row: Int
        let columnWidth: Int
        let column: String

        static func < (lhs: SortKey, rhs: SortKey) -> Bool {
            (lhs.row, lhs.columnWidth, lhs.column) < (rhs.row, rhs.columnWidth, rhs.column)
        }
    }
}

extension CellLocation {
    /// Row, then column (`B2` before `AA2`), for sorting.
    var order: (Int, Int) { (row, column) }
}
