import Foundation
import Spreadsheet

/// One non-empty cell of a source row: its text trimmed once, its column, what kind of value
/// it held, and where it is in the row as read, to give back that value (`SourceRow.value`).
/// Every row's cells are built anew, so a cell is kept small: 24 bytes.
struct SourceCell: Sendable {
    /// What a cell held, as far as reading figures needs to know.
    enum Kind: UInt8, Sendable {
        /// Text, as every CSV field is.
        case text
        /// A workbook's number, whose text is its exact number text.
        case number
        /// Anything else: an error, a boolean, a date.
        case other
    }

    let text: String
    /// The cell's position in the row as read.
    fileprivate let position: Int32
    /// A column of the grid, 1...16,384 (as `CellAddress` keeps it), so that it fits 16 bits.
    private let storedColumn: UInt16
    let kind: Kind

    var column: Int { Int(storedColumn) }

    fileprivate init(column: Int, position: Int, text: String, kind: Kind) {
        self.text = text
        self.position = Int32(position)
        storedColumn = UInt16(column)
        self.kind = kind
    }
}

/// One row of the sheet as the normaliser sees it: its non-empty cells in column order.
struct SourceRow: Sendable {
    let number: Int
    /// The cells whose trimmed text is not empty, in column order, one per column.
    let cells: [SourceCell]
    /// The row's cells as read, which hold the cells' values.
    private let read: [Cell]

    init(_ row: Row) {
        number = row.number
        read = row.cells
        var cells: [SourceCell] = []
        cells.reserveCapacity(row.cells.count)
        var ordered = true
        for (position, cell) in row.cells.enumerated() {
            let (untrimmed, kind) = Self.textAndKind(of: cell.value)
            let text = Self.trimmed(untrimmed)
            guard !text.isEmpty else { continue }
            if let last = cells.last, last.column >= cell.address.column { ordered = false }
            cells.append(SourceCell(column: cell.address.column, position: position, text: text, kind: kind))
        }
        self.cells = ordered ? cells : Self.inColumnOrder(cells)
    }

    /// The value `cell`, one of this row's cells, held as read.
    func value(of cell: SourceCell) -> CellValue { read[Int(cell.position)].value }

    /// Cells given out of order sorted by column; of a column given twice, the last cell.
    private static func inColumnOrder(_ cells: [SourceCell]) -> [SourceCell] {
        var byColumn: [Int: SourceCell] = [:]
        for cell in cells { byColumn[cell.column] = cell }
        return byColumn.values.sorted { $0.column < $1.column }
    }

    var isEmpty: Bool { cells.isEmpty }

    /// The position in `cells` of the cell in `column`, if the column holds one.
    func index(of column: Int) -> Int? {
        // Most rows fill every column from their first, so the cell is usually where its column says.
        guard let first = cells.first?.column else { return nil }
        let guess = column - first
        if guess >= 0, guess < cells.count, cells[guess].column == column { return guess }
        var low = 0, high = cells.count
        while low < high {
            let middle = (low + high) / 2
            let found = cells[middle].column
            if found == column { return middle }
            if found < column { low = middle + 1 } else { high = middle }
        }
        return nil
    }

    /// Whether `column` holds a cell.
    func holds(_ column: Int) -> Bool { index(of: column) != nil }

    /// The cell in `column`, if it is not empty.
    func cell(_ column: Int) -> SourceCell? { index(of: column).map { cells[$0] } }

    /// The cell's text, trimmed; empty when there is no cell.
    func text(_ column: Int) -> String { index(of: column).map { cells[$0].text } ?? "" }

    /// Texts of the given columns that are not empty, joined by a space.
    func text(_ columns: [Int]) -> String {
        if columns.count == 1 { return text(columns[0]) }
        var joined = ""
        for column in columns {
            guard let index = index(of: column) else { continue }
            if !joined.isEmpty { joined += " " }
            joined += cells[index].text
        }
        return joined
    }

    /// Texts of every non-empty cell, joined by a space.
    var allText: String { text(cells.map(\.column)) }

    /// Column → text, for the header rows.
    var texts: [Int: String] { Dictionary(uniqueKeysWithValues: cells.map { ($0.column, $0.text) }) }

    /// The first text of the row, to recognise it by in reports.
    var excerpt: String {
        guard let first = cells.first else { return "" }
        return String(first.text.prefix(80))
    }

    /// `text` without leading and trailing blanks and line breaks; plain ASCII text, the usual
    /// case, is trimmed without Foundation.
    static func trimmed(_ text: String) -> String {
        let ends = text.utf8.withContiguousStorageIfAvailable { ($0.first, $0.last) } ?? (text.utf8.first, text.utf8.last)
        guard let first = ends.0, let last = ends.1 else { return text }
        if first > 0x20, first < 0x80, last > 0x20, last < 0x80 { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `text(of:)` and the value's kind, from one look at the value.
    private static func textAndKind(of value: CellValue) -> (String, SourceCell.Kind) {
        switch value {
        case .text(let text): return (text, .text)
        case .number(let number): return (number.text, .number)
        default: return (text(of: value), .other)
        }
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
