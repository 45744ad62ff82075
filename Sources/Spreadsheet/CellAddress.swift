import ByteOutput
/// A cell position in a sheet: 1-based row and column, always inside Excel's grid
/// (1...1,048,576 rows, 1...16,384 columns). Prints as an A1 reference (`B7`).
public struct CellAddress: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Largest row number a worksheet may hold.
    public static let maxRow = 1_048_576
    /// Largest column number a worksheet may hold (`XFD`).
    public static let maxColumn = 16_384

    public let row: Int
    public let column: Int

    /// Creates an address; returns nil outside the grid.
    public init?(row: Int, column: Int) {
        guard (1...Self.maxRow).contains(row), (1...Self.maxColumn).contains(column) else { return nil }
        self.row = row
        self.column = column
    }

    /// Parses an A1 reference (`C12`, `$C$12`, lower case accepted). Nil when malformed or outside the grid.
    public init?(a1: some StringProtocol) {
        var text = String(a1)
        guard let parsed = text.withUTF8(Self.parse) else { return nil }
        self = parsed
    }

    /// Parses an A1 reference from raw bytes without allocating.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> CellAddress? {
        var index = 0
        let count = bytes.count
        if index < count, bytes[index] == UInt8(ascii: "$") { index += 1 }
        var column = 0
        let lettersStart = index
        while index < count {
            let letter = bytes[index] | 0x20  // lower case
            guard letter >= UInt8(ascii: "a"), letter <= UInt8(ascii: "z") else { break }
            guard index - lettersStart < 3 else { return nil }
            column = column * 26 + Int(letter - 0x60)
            index += 1
        }
        guard index > lettersStart else { return nil }
        if index < count, bytes[index] == UInt8(ascii: "$") { index += 1 }
        guard let row = parseRowNumber(UnsafeBufferPointer(rebasing: bytes[index...])) else { return nil }
        return CellAddress(row: row, column: column)
    }

    /// Parses a decimal row number (no sign, at most 7 digits), or nil.
    @inline(__always)
    static func parseRowNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 7 else { return nil }
        var value = 0
        for byte in bytes {
            let digit = byte &- 0x30
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }

    /// Column letters for a 1-based column number (`1` → `A`, `28` → `AB`).
    public static func columnLetters(_ column: Int) -> String {
        String(unsafeUninitializedCapacity: ColumnLetters.maxCount) { ColumnLetters.write(column, to: $0.baseAddress!) }
    }

    public var description: String {
        // At most 3 letters and 7 digits (`XFD1048576`).
        String(unsafeUninitializedCapacity: 10) { buffer in
            let letters = ColumnLetters.write(column, to: buffer.baseAddress!)
            return letters + Self.writeRowNumber(row, to: buffer.baseAddress! + letters)
        }
    }

    /// "00" to "99": the digits of a row number are written two at a time.
    private static let digitPairs: StaticString = """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        40414243444546474849505152535455565758596061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899
        """

    /// Writes a row number inside the grid (at most 7 digits) at `out`; returns the count of digits.
    static func writeRowNumber(_ row: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
        let digits = row < 10 ? 1 : row < 100 ? 2 : row < 1_000 ? 3 : row < 10_000 ? 4 : row < 100_000 ? 5
            : row < 1_000_000 ? 6 : 7
        let pairs = digitPairs.utf8Start
        var value = row, end = digits
        while value >= 10 {
            let pair = 2 * (value % 100)
            value /= 100
            end -= 2
            out[end] = pairs[pair]
            out[end + 1] = pairs[pair + 1]
        }
        if end == 1 { out[0] = UInt8(truncatingIfNeeded: 0x30 + value) }
        return digits
    }

    public static func < (lhs: CellAddress, rhs: CellAddress) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }
}

/// A rectangular block of cells, e.g. a merged range `A1:C2`.
public struct CellRange: Hashable, Sendable, CustomStringConvertible {
    public let start: CellAddress
    public let end: CellAddress

    public init(start: CellAddress, end: CellAddress) {
        self.start = CellAddress(row: min(start.row, end.row), column: min(start.column, end.column))!
        self.end = CellAddress(row: max(start.row, end.row), column: max(start.column, end.column))!
    }

    /// Parses `A1:C2`, a single `B3`, whole columns `A:C` or whole rows `2:4`. Nil when malformed.
    public init?(a1: some StringProtocol) {
        let parts = a1.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2 else { return nil }
        if let first = CellAddress(a1: parts[0]), let last = CellAddress(a1: parts[parts.count - 1]) {
            self.init(start: first, end: last)
        } else if parts.count == 2, let first = CellAddress(a1: parts[0] + "1"), let last = CellAddress(a1: parts[1] + "1"),
                  parts.allSatisfy({ $0.allSatisfy(\.isLetter) }) {
            self.init(start: first, end: CellAddress(row: CellAddress.maxRow, column: last.column)!)
        } else if parts.count == 2, let first = CellAddress(a1: "A" + parts[0]), let last = CellAddress(a1: "A" + parts[1]),
                  parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) {
            self.init(start: first, end: CellAddress(row: last.row, column: CellAddress.maxColumn)!)
        } else {
            return nil
        }
    }

    public func contains(_ address: CellAddress) -> Bool {
        (start.row...end.row).contains(address.row) && (start.column...end.column).contains(address.column)
    }

    public var description: String {
        start == end ? start.description : "\(start):\(end)"
    }
}
