import ByteOutput

/// Where a value came from: the sheet and the cell of the source file. The file itself is
/// named once, on the document. Held in one 64-bit word (a large table has millions): the
/// sheet's number, then the row and the column, each within a sheet's grid; `cell` spells it in
/// A1 form.
public struct CellLocation: Hashable, Sendable, CustomStringConvertible {
    /// `sheet << 34 | (row - 1) << 14 | (column - 1)`: 20 bits hold the 1,048,576 rows of a
    /// sheet, 14 bits its 16,384 columns, and the 30 above them the sheet's number.
    let bits: UInt64

    /// Most rows and columns a sheet has; a CSV is read within the same grid.
    public static let maxRow = 1 << 20, maxColumn = 1 << 14

    public var sheetName: SheetName { SheetName(number: UInt32(bits >> 34)) }
    public var sheet: String { sheetName.text }
    /// 1-based row number, as a spreadsheet shows it.
    public var row: Int { Int((bits >> 14) & 0xF_FFFF) + 1 }
    /// 1-based column number (A is 1).
    public var column: Int { Int(bits & 0x3FFF) + 1 }

    /// The cell at `row` and `column` of a sheet; both count from 1 and lie within a sheet's grid.
    public init(sheet: SheetName, row: Int, column: Int) {
        precondition((1...Self.maxRow).contains(row) && (1...Self.maxColumn).contains(column),
                     "a cell's row and column count from 1 and lie within a sheet's grid")
        bits = UInt64(sheet.number) << 34 | UInt64(row - 1) << 14 | UInt64(column - 1)
    }

    public init(sheet: String, row: Int, column: Int) {
        self.init(sheet: SheetName(sheet), row: row, column: column)
    }

    /// The cell whose word is `bits`, as another location gave it.
    init(bits: UInt64) { self.bits = bits }

    /// The cell at an A1 reference such as `P12`, which must be well formed.
    public init(sheet: String, cell: String) {
        let letters = cell.utf8.prefix { (0x41...0x5A).contains($0) }
        let column = letters.reduce(0) { $0 * 26 + Int($1 - 0x40) }
        guard !letters.isEmpty, let row = Int(cell.dropFirst(letters.count)) else {
            preconditionFailure("not an A1 reference: \(cell)")
        }
        self.init(sheet: sheet, row: row, column: column)
    }

    /// The A1 reference, e.g. `P12`.
    public var cell: String { Self.columnLetters(column) + String(row) }

    /// `A` for 1, `Z` for 26, `AA` for 27.
    public static func columnLetters(_ column: Int) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: ColumnLetters.maxCount) { letters in
            let count = ColumnLetters.write(column, to: letters.baseAddress!)
            return String(decoding: letters[..<count], as: UTF8.self)
        }
    }

    public var description: String { "\(sheet)!\(cell)" }
}

/// A row of the source sheet.
public struct RowLocation: Hashable, Sendable, CustomStringConvertible {
    public let sheetName: SheetName
    private let rowNumber: UInt32

    public var sheet: String { sheetName.text }
    /// 1-based row number as a spreadsheet shows it.
    public var row: Int { Int(rowNumber) }

    /// Row `row` (from 1, within a sheet's grid) of a sheet.
    public init(sheet: SheetName, row: Int) {
        sheetName = sheet
        rowNumber = UInt32(row)
    }

    public init(sheet: String, row: Int) {
        self.init(sheet: SheetName(sheet), row: row)
    }

    public var description: String { "\(sheet) row \(row)" }
}
