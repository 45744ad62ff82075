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
        if index < bytes.count, bytes[index] == UInt8(ascii: "$") { index += 1 }
        var column = 0
        var letters = 0
        while index < bytes.count {
            var byte = bytes[index]
            if byte >= 0x61 && byte <= 0x7A { byte -= 0x20 }
            guard byte >= 0x41 && byte <= 0x5A else { break }
            letters += 1
            guard letters <= 3 else { return nil }
            column = column * 26 + Int(byte - 0x40)
            index += 1
        }
        guard letters > 0 else { return nil }
        if index < bytes.count, bytes[index] == UInt8(ascii: "$") { index += 1 }
        guard let row = parseRowNumber(UnsafeBufferPointer(rebasing: bytes[index...])) else { return nil }
        return CellAddress(row: row, column: column)
    }

    /// Parses a decimal row number (no sign, at most 7 digits), or nil.
    static func parseRowNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 7 else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    /// Column letters for a 1-based column number (`1` → `A`, `28` → `AB`).
    public static func columnLetters(_ column: Int) -> String {
        var n = column
        var letters: [UInt8] = []
        while n > 0 {
            let remainder = (n - 1) % 26
            letters.append(UInt8(0x41 + remainder))
            n = (n - 1) / 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    public var description: String {
        String(unsafeUninitializedCapacity: Self.maxA1Bytes) { writeA1(to: $0.baseAddress!) }
    }

    /// Most bytes an A1 reference inside the grid takes (`XFD1048576`).
    static let maxA1Bytes = 10

    /// Writes the A1 reference at `out` (room for `maxA1Bytes`); returns the count written.
    func writeA1(to out: UnsafeMutablePointer<UInt8>) -> Int {
        let letters = Self.writeColumnLetters(column, to: out)
        var digits = 1, power = 10
        while power <= row { digits += 1; power *= 10 }
        var value = row
        var position = letters + digits
        while position > letters {
            position -= 1
            out[position] = UInt8(truncatingIfNeeded: 0x30 + value % 10)
            value /= 10
        }
        return letters + digits
    }

    /// Writes the letters of a column inside the grid (at most 3) at `out`; returns their count.
    private static func writeColumnLetters(_ column: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
        let zeroBased = column - 1
        if zeroBased < 26 {
            out[0] = UInt8(truncatingIfNeeded: 0x41 + zeroBased)
            return 1
        }
        if zeroBased < 26 + 26 * 26 {
            out[0] = UInt8(truncatingIfNeeded: 0x41 + zeroBased / 26 - 1)
            out[1] = UInt8(truncatingIfNeeded: 0x41 + zeroBased % 26)
            return 2
        }
        let rest = zeroBased - 26
        out[0] = UInt8(truncatingIfNeeded: 0x41 + rest / (26 * 26) - 1)
        out[1] = UInt8(truncatingIfNeeded: 0x41 + rest / 26 % 26)
        out[2] = UInt8(truncatingIfNeeded: 0x41 + zeroBased % 26)
        return 3
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
