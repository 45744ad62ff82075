/// A write position in a byte buffer that the caller has already made large enough: the
/// primitives `CellsJSONWriter` is built from, with no capacity or bounds checks of their own.
/// Each primitive documents the most bytes it writes, so the caller can make room first.
struct JSONCursor {
    private(set) var position: UnsafeMutablePointer<UInt8>

    init(_ start: UnsafeMutablePointer<UInt8>) { position = start }

    /// Most bytes `string(_:)` writes for `count` UTF-8 bytes: two quotes, and at most six
    /// bytes (`\u001f`) for each byte.
    static func stringBound(_ count: Int) -> Int { 6 * count + 2 }

    /// One byte.
    mutating func byte(_ byte: UInt8) {
        position.pointee = byte
        position += 1
    }

    /// Literal JSON text, copied as is (`utf8CodeUnitCount` bytes).
    mutating func raw(_ text: StaticString) {
        position.initialize(from: text.utf8Start, count: text.utf8CodeUnitCount)
        position += text.utf8CodeUnitCount
    }

    /// Bytes copied as is (`bytes.count` bytes).
    mutating func raw(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        position.initialize(from: base, count: bytes.count)
        position += bytes.count
    }

    /// A quoted JSON string (at most `stringBound(bytes.count)` bytes).
    mutating func string(_ bytes: UnsafeBufferPointer<UInt8>) {
        byte(UInt8(ascii: "\""))
        escaped(bytes)
        byte(UInt8(ascii: "\""))
    }

    /// The inside of a JSON string: `"`, `\` and control bytes escaped, runs of other bytes
    /// copied whole (at most `6 * bytes.count` bytes). Multi-byte UTF-8 sequences contain no
    /// byte below 0x80, so `bytes` may be cut anywhere.
    mutating func escaped(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        var runStart = 0, index = 0
        while index < count {
            // Skip eight bytes at a time while none of them needs escaping.
            while index + 8 <= count,
                  !Self.needsEscape(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                index += 8
            }
            guard index < count else { break }
            let byte = base[index]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                raw(UnsafeBufferPointer(start: base + runStart, count: index - runStart))
                escape(byte)
                runStart = index + 1
            }
            index += 1
        }
        raw(UnsafeBufferPointer(start: base + runStart, count: count - runStart))
    }

    /// Whether any of the eight bytes in `word` is below 0x20, `"` or `\` (the classic
    /// "has a byte less than n" and "has a zero byte" bit tricks, exact for the question asked).
    private static func needsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highBits: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highBits }
        let control = (word &- 0x2020_2020_2020_2020) & ~word & highBits
        let quote = hasZeroByte(word ^ 0x2222_2222_2222_2222)
        let backslash = hasZeroByte(word ^ 0x5C5C_5C5C_5C5C_5C5C)
        return control | quote | backslash != 0
    }

    /// The A1 reference of a cell in the row whose digits are `row` (at most 3 + 8 bytes).
    mutating func address(column: Int, row: RowDigits) {
        position += CellAddress.writeColumnLetters(column, to: position)
        position += row.write(to: position)
    }

    /// A number in JSON's grammar (at most `number.jsonByteBound` bytes).
    mutating func number(_ number: NumberText) {
        position += number.writeJSON(to: position)
    }

    private static let hexDigits: StaticString = "0123456789abcdef"

    private mutating func escape(_ byte: UInt8) {
        self.byte(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""): self.byte(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): self.byte(UInt8(ascii: "\\"))
        case 0x0A: self.byte(UInt8(ascii: "n"))
        case 0x0D: self.byte(UInt8(ascii: "r"))
        case 0x09: self.byte(UInt8(ascii: "t"))
        default:
            raw("u00")
            self.byte(Self.hexDigits.utf8Start[Int(byte >> 4)])
            self.byte(Self.hexDigits.utf8Start[Int(byte & 15)])
        }
    }
}
