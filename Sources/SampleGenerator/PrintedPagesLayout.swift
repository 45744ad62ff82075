import XLSXWriter

extension TableLayout {
    /// The table as if pasted back from its print: for every printed page the whole header
    /// block again (titles, header, column numbers), that page's rows with the page-break
    /// repeats, a row with the page number alone (a number, centred under the middle column),
    /// and a blank row before the next page. Nothing is merged in the body and nothing is
    /// frozen: the print has neither.
    func printedGrid(_ rows: [SourceRow], styles: SampleStyles) -> SheetGrid {
        var grid = SheetGrid(columnWidths: columns.map(\.width))
        let pages = Dictionary(grouping: rows, by: \.page)
        var top = 1
        for page in pages.keys.sorted() {
            header.write(into: &grid, top: top, styles: styles)
            var gridRow = top + header.height
            for row in pages[page]! {
                writeRow(row, at: gridRow, into: &grid, styles: styles)
                gridRow += 1
            }
            grid.put(.number(IndonesianNumber(page)), row: gridRow, column: (columns.count + 1) / 2, style: styles.pageNumber)
            top = gridRow + 2
        }
        RowHeights.fit(&grid)
        return grid
    }
}
