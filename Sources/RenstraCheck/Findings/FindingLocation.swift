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
        self.init(file: file, sheet: cell.sheet, cell: cell.cell, row: CellLocation.row(of: cell.cell))
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
    /// The row number of an A1 reference (`AA10` → 10).
    static func row(of a1: String) -> Int { Int(a1.drop { $0.isLetter }) ?? 0 }

    /// Row, then column (`B2` before `AA2`), for sorting.
    var order: (Int, Int, String) { (Self.row(of: cell), cell.prefix { $0.isLetter }.count, cell) }
}
