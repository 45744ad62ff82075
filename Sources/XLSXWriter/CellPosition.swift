/// A cell of a worksheet: 1-based row and column inside Excel's grid
/// (1...1,048,576 rows, 1...16,384 columns). Prints as an A1 reference (`B7`).
public struct CellPosition: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Largest row number a worksheet may hold.
    public static let maxRow = 1_048_576
    /// Largest column number a worksheet may hold (`XFD`).
    public static let maxColumn = 16_384

    public let row: Int
    public let column: Int

    /// A position inside the grid. Positions are computed by layout code, so one outside the
    /// grid is a programming error and stops the program.
    public init(row: Int, column: Int) {
        precondition((1...Self.maxRow).contains(row) && (1...Self.maxColumn).contains(column),
                     "cell (\(row), \(column)) lies outside the worksheet grid")
        self.row = row
        self.column = column
    }

    /// Column letters for a 1-based column number (`1` → `A`, `28` → `AB`).
    public static func columnLetters(_ column: Int) -> String {
        var remaining = column
        var letters: [UInt8] = []
        while remaining > 0 {
            letters.append(UInt8(0x41 + (remaining - 1) % 26))
            remaining = (remaining - 1) / 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    public var description: String { Self.columnLetters(column) + String(row) }

    public static func < (lhs: CellPosition, rhs: CellPosition) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }
}
