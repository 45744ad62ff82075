/// A number exactly as the file wrote it, checked against a strict decimal grammar
/// (`-12.5`, `1E-3`, `150000000`). Keeping the text lets later layers build an exact
/// `Decimal` without passing through `Double`.
///
/// Accepted: optional sign, digits with an optional fraction (or a fraction alone), an
/// optional exponent. Rejected: `nan`, `inf`, hex, blanks, thousands separators.
public struct NumberText: Hashable, Sendable, CustomStringConvertible {
    /// The bytes of the text. Nearly every number a sheet holds is short and is kept inline,
    /// so reading one allocates nothing and builds no `String` until `text` is asked for.
    private enum Storage: Hashable, Sendable {
        /// Up to `inlineCapacity` bytes, in order from the lowest byte of `low`; the rest are
        /// zero but the highest byte of `high`, which holds the count.
        case inline(low: UInt64, high: UInt64)
        case string(String)
    }

    /// Most bytes kept inline.
    private static let inlineCapacity = 15

    private let storage: Storage

    /// Validates `text`; nil when it is not a plain decimal number.
    public init?(_ text: String) {
        var bytes = text
        guard bytes.withUTF8(Self.isValid) else { return nil }
        storage = bytes.withUTF8 { Self.storage(of: $0, text: text) }
    }

    /// Validates raw bytes of a `<v>` element; surrounding blanks are tolerated (some writers
    /// pad `<v>`), inner ones are not.
    init?(bytes: UnsafeBufferPointer<UInt8>) {
        var start = 0, end = bytes.count
        while start < end, Self.isBlank(bytes[start]) { start += 1 }
        while end > start, Self.isBlank(bytes[end - 1]) { end -= 1 }
        let trimmed = UnsafeBufferPointer(rebasing: bytes[start..<end])
        guard Self.isValid(trimmed) else { return nil }
        storage = Self.storage(of: trimmed, text: nil)
    }

    /// The text as written in the file.
    public var text: String {
        switch storage {
        case .inline: withBytes { String(decoding: $0, as: UTF8.self) }
        case .string(let text): text
        }
    }

    public var description: String { text }

    /// The value as a Double, for display and comparisons that tolerate rounding. Never use it for money.
    public var doubleValue: Double { Double(text)! }

    /// Calls `body` with the UTF-8 bytes of the text.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        switch storage {
        case .inline(let low, let high):
            var words = (low.littleEndian, high.littleEndian)
            return withUnsafeMutablePointer(to: &words) { pointer in
                pointer.withMemoryRebound(to: UInt8.self, capacity: 16) { body(UnsafeBufferPointer(start: $0, count: Int(high >> 56))) }
            }
        case .string(var text):
            return text.withUTF8(body)
        }
    }

    /// Inline storage for short bytes, else `text` (or a String made from the bytes).
    private static func storage(of bytes: UnsafeBufferPointer<UInt8>, text: String?) -> Storage {
        guard bytes.count <= inlineCapacity else { return .string(text ?? String(decoding: bytes, as: UTF8.self)) }
        var words: (low: UInt64, high: UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(bytes)) }
        return .inline(low: UInt64(littleEndian: words.low), high: UInt64(littleEndian: words.high) | UInt64(bytes.count) << 56)
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = bytes.startIndex
        let end = bytes.endIndex
        if index < end, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
        var digits = 0
        while index < end, isDigit(bytes[index]) { index += 1; digits += 1 }
        if index < end, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < end, isDigit(bytes[index]) { index += 1; digits += 1 }
        }
        guard digits > 0 else { return false }
        if index < end, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < end, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            var exponentDigits = 0
            while index < end, isDigit(bytes[index]) { index += 1; exponentDigits += 1 }
            guard exponentDigits > 0, exponentDigits <= 4 else { return false }
        }
        return index == end
    }
}
