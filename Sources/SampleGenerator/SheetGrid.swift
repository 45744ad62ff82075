import XLSXWriter

/// One sample sheet in memory, the single source of both its .xlsx and its CSV export, so the
/// two cannot drift: cells, merged ranges, column widths, row heights, hidden rows and frozen
/// rows.
struct SheetGrid: Sendable {
    private(set) var cells: [CellPosition: GridCell] = [:]
    private(set) var merges: [CellRange] = []
    private(set) var columnWidths: [Double] = []
    private(set) var rowHeights: [Int: Double] = [:]
    /// Rows hidden in the workbook; they keep their cells (a CSV export writes them).
    private(set) var hiddenRows: Set<Int> = []
    /// Rows kept in view while scrolling.
    var frozenRows = 0

    init(columnWidths: [Double]) {
        self.columnWidths = columnWidths
    }

    /// Number of columns: the width of every row of the CSV export.
    var columnCount: Int { columnWidths.count }

    /// The last row that holds a cell.
    var rowCount: Int { cells.keys.map(\.row).max() ?? 0 }

    mutating func put(_ content: GridContent?, row: Int, column: Int, style: CellStyle) {
        precondition(column <= columnCount, "column \(column) is outside the table")
        cells[CellPosition(row: row, column: column)] = GridCell(content: content, style: style)
    }

    /// Merges a block. When `style` draws a border or a fill, every cell of the block gets it,
    /// so the border and fill cover the whole block.
    mutating func merge(_ range: CellRange, style: CellStyle) {
        guard range.cellCount > 1 else { return }
        merges.append(range)
        guard style.border != .none || style.fill != nil else { return }
        for row in range.start.row...range.end.row {
            for column in range.start.column...range.end.column {
                let position = CellPosition(row: row, column: column)
                if position != range.start { cells[position] = GridCell(content: nil, style: style) }
            }
        }
    }

    mutating func setRowHeight(_ points: Double, row: Int) {
        rowHeights[row] = points
    }

    mutating func hideRow(_ row: Int) {
        hiddenRows.insert(row)
    }

    func cell(row: Int, column: Int) -> GridCell? {
        cells[CellPosition(row: row, column: column)]
    }

    /// The merged range whose top-left cell is at `position`, if any.
    func mergedRange(startingAt position: CellPosition) -> CellRange? {
        merges.first { $0.start == position }
    }

    /// The sheet for the xlsx writer.
    func worksheet(named name: String) throws(XLSXWriteError) -> Worksheet {
        var sheet = try Worksheet(name: name)
        for (position, cell) in cells {
            sheet.set(cell.content?.cellContent, at: position, style: cell.effectiveStyle)
        }
        for range in merges { try sheet.merge(range) }
        for (offset, width) in columnWidths.enumerated() { try sheet.setColumnWidth(width, column: offset + 1) }
        for (row, height) in rowHeights { try sheet.setRowHeight(height, row: row) }
        for row in hiddenRows { sheet.hideRow(row) }
        if frozenRows > 0 { sheet.frozenPane = FrozenPane(rows: frozenRows) }
        return sheet
    }
}
