import RenstraModel

/// The source cells the matrix has shown, so that a cell carries its anchor only the first
/// time and the findings list knows which cells it can link to. A matrix covers its rows
/// densely, so each sheet keeps a bit per column for each row, found by the row number rather
/// than by hashing; a cell beyond the 64th column goes to a set.
struct ShownCells {
    private var sheets: [(name: SheetName, rows: [UInt64])] = []
    private var wide: Set<CellLocation> = []

    /// Records `cell`; false when it was shown before.
    mutating func insert(_ cell: CellLocation) -> Bool {
        guard cell.column <= 64 else { return wide.insert(cell).inserted }
        let sheet = sheets.firstIndex { $0.name == cell.sheetName } ?? {
            sheets.append((cell.sheetName, []))
            return sheets.count - 1
        }()
        if cell.row >= sheets[sheet].rows.count {
            sheets[sheet].rows += repeatElement(0, count: cell.row + 1 - sheets[sheet].rows.count)
        }
        let bit = Self.bit(cell.column)
        guard sheets[sheet].rows[cell.row] & bit == 0 else { return false }
        sheets[sheet].rows[cell.row] |= bit
        return true
    }

    func contains(_ cell: CellLocation) -> Bool {
        guard cell.column <= 64 else { return wide.contains(cell) }
        guard let rows = sheets.first(where: { $0.name == cell.sheetName })?.rows, cell.row < rows.count else { return false }
        return rows[cell.row] & Self.bit(cell.column) != 0
    }

    private static func bit(_ column: Int) -> UInt64 { 1 << (column - 1) }
}
