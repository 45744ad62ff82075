import Foundation
import Spreadsheet

/// One row of the sheet as the normaliser sees it: each non-empty cell's value and its text.
struct SourceRow {
    let number: Int
    let cells: [Int: CellValue]

    init(_ row: Row) {
        number = row.number
        var cells: [Int: CellValue] = [:]
        for cell in row.cells where !Self.text(of: cell.value).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            cells[cell.address.column] = cell.value
        }
        self.cells = cells
    }

    var isEmpty: Bool { cells.isEmpty }

    /// The cell's text, trimmed; empty when there is no cell.
    func text(_ column: Int) -> String {
        cells[column].map { Self.text(of: $0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
    }

    /// Texts of the given columns that are not empty, joined by a space.
    func text(_ columns: [Int]) -> String {
        columns.map(text).filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Column → text for every non-empty cell.
    var texts: [Int: String] {
        cells.mapValues { Self.text(of: $0).trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    /// The first text of the row, to recognise it by in reports.
    var excerpt: String {
        guard let first = cells.keys.min() else { return "" }
        return String(text(first).prefix(80))
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
