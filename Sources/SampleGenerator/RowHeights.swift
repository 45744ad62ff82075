import XLSXWriter

/// Row heights for wrapped text. Excel does not grow a row to fit wrapped text when it opens a
/// file, so the writer gives each row the height its longest wrapped cell needs, estimated by
/// filling lines word by word at one character per unit of column width (a little generous
/// for Arial 10, so text is not cut off). A merged cell shares its lines among its rows.
enum RowHeights {
    /// One line of Arial 10, in points.
    static let lineHeight = 12.75
    /// Excel's tallest row, in points.
    static let maxHeight = 409.5

    static func fit(_ grid: inout SheetGrid) {
        var lines: [Int: Int] = [:]
        for (position, cell) in grid.cells {
            guard cell.style.alignment.wrapText, case .text(let text)? = cell.content else { continue }
            let range = grid.merge(startingAt: position) ?? CellRange(position, position)
            let width = grid.columnWidths[(range.start.column - 1)...(range.end.column - 1)].reduce(0, +)
            let rowSpan = range.end.row - range.start.row + 1
            let needed = lineCount(text, charactersPerLine: max(1, Int(width)))
            let share = (needed + rowSpan - 1) / rowSpan
            for row in range.start.row...range.end.row { lines[row] = max(lines[row] ?? 1, share) }
        }
        for (row, count) in lines where count > 1 {
            grid.setRowHeight(min(Double(count) * lineHeight, maxHeight), row: row)
        }
    }

    /// Lines `text` takes when wrapped at word boundaries into lines of `charactersPerLine`.
    static func lineCount(_ text: String, charactersPerLine: Int) -> Int {
        var lines = 1
        var used = 0
        for word in text.split(separator: " ") {
            let length = word.count
            if used == 0 {
                lines += (length - 1) / charactersPerLine
                used = (length - 1) % charactersPerLine + 1
            } else if used + 1 + length <= charactersPerLine {
                used += 1 + length
            } else {
                lines += 1 + (length - 1) / charactersPerLine
                used = (length - 1) % charactersPerLine + 1
            }
        }
        return lines
    }
}
