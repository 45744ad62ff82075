/// What a cell holds, as read from the file. Formulas are not evaluated: a formula cell
/// holds its cached result.
public enum CellValue: Hashable, Sendable {
    /// Text: shared, inline or formula string, or a CSV field as written.
    case text(String)
    /// A number, kept as the exact text of the file.
    case number(NumberText)
    /// A boolean (`t="b"`).
    case boolean(Bool)
    /// An error value such as `#DIV/0!` or `#N/A`.
    case error(String)
    /// A number whose style is a date or time format: the raw serial and how to read it.
    case date(DateSerial)
    /// An ISO 8601 date or time written as text (`t="d"`).
    case isoDate(String)
}

/// One non-empty cell of a row.
public struct Cell: Hashable, Sendable {
    public let address: CellAddress
    public let value: CellValue

    public init(address: CellAddress, value: CellValue) {
        self.address = address
        self.value = value
    }
}

/// The non-empty cells of one row, in column order.
public struct Row: Hashable, Sendable {
    /// 1-based row number.
    public let number: Int
    public let cells: [Cell]
    /// Whether the row is hidden in the workbook.
    public let isHidden: Bool

    public init(number: Int, cells: [Cell], isHidden: Bool = false) {
        self.number = number
        self.cells = cells
        self.isHidden = isHidden
    }
}
