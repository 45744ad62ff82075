import Foundation
import Spreadsheet

/// One row of the sheet as the normaliser sees it: each non-empty cell's value, and its text
/// trimmed once.
struct SourceRow {
    let number: Int
    let cells: [Int: CellValue]
    /// Column → trimmed text, for every non-empty cell.
    let texts: [Int: String]

    init(_ row: Row) {
        number = row.number
        var cells: [Int: CellValue] = [:]
        var texts: [Int: String] = [:]
        for cell in row.cells {
            let text = Self.trimmed(Self.text(of: cell.value))
            guard !text.isEmpty else { continue }
            cells[cell.address.column] = cell.value
            texts[cell.address.column] = text
        }
        self.cells = cells
        self.texts = texts
    }

    var isEmpty: Bool { cells.isEmpty }

    /// The cell's text, trimmed; empty when there is no cell.
    func text(_ column: Int) -> String { texts[column] ?? "" }

    /// Texts of the given columns that are not empty, joined by a space.
    func text(_ columns: [Int]) -> String {
        columns.map(text).filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The first text of the row, to recognise it by in reports.
    var excerpt: String {
        guard let first = cells.keys.min() else { return "" }
        return String(text(first).prefix(80))
    }

    /// `text` without leading and trailing blanks and line breaks; plain ASCII text, the usual
    /// case, is trimmed without Foundation.
    static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return text }
        if first > 0x20, first < 0x80, last > 0x20, last < 0x80 { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func text(of value: CellValue) -> String {
        switch value {
        case .text(let text): return text
        case .number(let number): return number.text
        case .boolean(let flag): return flag ? "TRUE" : "FALSE"
        case .error(let code): return code
        case .date(let date): return date.isoText ?? date.serial.text
        case .isoDate(let text): return text
        }
    }
}
