import XLSXWriter

/// Row heights for wrapped text. Excel does not grow a row to fit wrapped text when it opens a
/// file, so each row gets the height its tallest wrapped cell needs. The text is wrapped word
/// by word into the column width, measuring characters roughly as Arial 10 draws them in units
/// of the digit width (which is what column widths count): lower case 0.9, capitals 1.3, a
/// blank 0.5, bold a tenth wider. A merged cell shares its lines among its rows.
enum RowHeights {
    /// One line of Arial 10, in points.
    static let lineHeight = 12.75
    /// Excel's tallest row, in points.
    static let maxHeight = 409.5

    static func fit(_ grid: inout SheetGrid) {
        var lines: [Int: Int] = [:]
        for (position, cell) in grid.cells {
            guard cell.style.alignment.wrapText, case .text(let text)? = cell.content else { continue }
            let range = grid.mergedRange(startingAt: position) ?? CellRange(position, position)
            let width = grid.columnWidths[(range.start.column - 1)...(range.end.column - 1)].reduce(0, +)
            let rowSpan = range.end.row - range.start.row + 1
            let needed = lineCount(text, columnWidth: width, bold: cell.style.font.bold)
            let share = (needed + rowSpan - 1) / rowSpan
            for row in range.start.row...range.end.row { lines[row] = max(lines[row] ?? 1, share) }
        }
        for (row, count) in lines where count > 1 {
            grid.setRowHeight(min(Double(count) * lineHeight, maxHeight), row: row)
        }
    }

    /// Lines `text` takes when wrapped at blanks into a column `columnWidth` digits wide.
    static func lineCount(_ text: String, columnWidth: Double, bold: Bool) -> Int {
        // Widths in hundredths of a digit; one digit of the width goes to the cell's margins.
        let capacity = max(100, Int(columnWidth * 100) - 100)
        let scale = bold ? 110 : 100
        let blank = 50 * scale / 100
        var lines = 1
        var used = 0
        for word in text.split(separator: " ") {
            let length = word.reduce(0) { $0 + characterWidth($1) } * scale / 100
            if used > 0, used + blank + length <= capacity {
                used += blank + length
                continue
            }
            if used > 0 { lines += 1 }
            lines += (length - 1) / capacity
            used = (length - 1) % capacity + 1
        }
        return lines
    }

    private static func characterWidth(_ character: Character) -> Int {
        if character.isUppercase { return 130 }
        if character.isLowercase { return 90 }
        if character.isNumber { return 100 }
        return 60
    }
}
