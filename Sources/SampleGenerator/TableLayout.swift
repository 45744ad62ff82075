import XLSXWriter

/// A sample table's layout: its header block and body columns, and the clean sheet built from
/// them — header once, each printed row once (page-break repeats left out), context cells
/// merged down, header rows frozen.
struct TableLayout: Sendable {
    let header: TableHeader

    var columns: [TableColumn] { header.columns }

    /// The first body row of the clean sheet, right below the header block.
    var bodyTop: Int { header.height + 1 }

    /// The clean sheet of `rows`.
    func cleanGrid(_ rows: [SourceRow], styles: SampleStyles) -> SheetGrid {
        var grid = SheetGrid(columnWidths: columns.map(\.width))
        header.write(into: &grid, top: 1, styles: styles)
        let body = rows.filter { !$0.isRepeat }
        for (offset, row) in body.enumerated() {
            writeRow(row, at: bodyTop + offset, into: &grid, styles: styles)
        }
        let contextColumns = columns.enumerated().compactMap { offset, column in
            column.contextField.map { (field: $0, column: offset + 1, kind: column.kind) }
        }
        for span in ContextSpans.spans(of: contextColumns.map(\.field), over: body) {
            let context = contextColumns.first { $0.field == span.field }!
            grid.merge(CellRange(CellPosition(row: bodyTop + span.rows.lowerBound, column: context.column),
                                 CellPosition(row: bodyTop + span.rows.upperBound, column: context.column)),
                       style: styles.body(context.kind, .plain))
        }
        grid.frozenRows = header.height
        RowHeights.fit(&grid)
        return grid
    }

    /// Writes one source row on grid row `gridRow`. Every column gets a cell, so the grid
    /// lines are drawn; empty fields give blank cells without a value.
    func writeRow(_ row: SourceRow, at gridRow: Int, into grid: inout SheetGrid, styles: SampleStyles) {
        for (offset, column) in columns.enumerated() {
            let emphasis = column.contextField == nil ? row.kind.emphasis : .plain
            grid.put(column.content(of: row), row: gridRow, column: offset + 1, style: styles.body(column.kind, emphasis))
        }
    }
}
