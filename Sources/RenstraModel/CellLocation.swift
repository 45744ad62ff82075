/// Where a value came from: the sheet and the cell (A1) of the source file. The file itself is
/// named once, on the document.
public struct CellLocation: Hashable, Sendable, CustomStringConvertible {
    public let sheet: String
    /// A1 reference, e.g. `P12`.
    public let cell: String

    public init(sheet: String, cell: String) {
        self.sheet = sheet
        self.cell = cell
    }

    public var description: String { "\(sheet)!\(cell)" }
}

/// A row of the source sheet.
public struct RowLocation: Hashable, Sendable, CustomStringConvertible {
    public let sheet: String
    /// 1-based row number as a spreadsheet shows it.
    public let row: Int

    public init(sheet: String, row: Int) {
        self.sheet = sheet
        self.row = row
    }

    public var description: String { "\(sheet) row \(row)" }
}
