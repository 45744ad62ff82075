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
        var runStart = 0
        for index in 0..<bytes.count {
            let byte = bytes[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            raw(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            escape(byte)
            runStart = index + 1
        }
        raw(UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }

    /// An A1 reference (at most `CellAddress.maxA1Bytes` bytes).
    mutating func address(_ address: CellAddress) {
        position += address.writeA1(to: position)
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
