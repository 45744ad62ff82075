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
        /// zero but the highest byte of `high`, which holds the count, with `plainJSONFlag`
        /// set when the bytes already are a JSON number.
        case inline(low: UInt64, high: UInt64)
        case string(String)
    }

    /// Most bytes kept inline.
    private static let inlineCapacity = 15
    /// Set in the count byte of inline bytes that are already in JSON's number grammar.
    private static let plainJSONFlag: UInt64 = 0x80

    private let storage: Storage

    /// Validates `text`; nil when it is not a plain decimal number.
    public init?(_ text: String) {
        var bytes = text
        guard let grammar = bytes.withUTF8(Self.grammar) else { return nil }
        storage = bytes.withUTF8 { Self.storage(of: $0, grammar: grammar, text: text) }
    }

    /// Validates raw bytes of a `<v>` element; surrounding blanks are tolerated (some writers
    /// pad `<v>`), inner ones are not.
    init?(bytes: UnsafeBufferPointer<UInt8>) {
        var start = 0, end = bytes.count
        while start < end, bytes[start].isXMLBlank { start += 1 }
        while end > start, bytes[end - 1].isXMLBlank { end -= 1 }
        let trimmed = UnsafeBufferPointer(rebasing: bytes[start..<end])
        guard let grammar = Self.grammar(of: trimmed) else { return nil }
        storage = Self.storage(of: trimmed, grammar: grammar, text: nil)
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
                pointer.withMemoryRebound(to: UInt8.self, capacity: 16) {
                    body(UnsafeBufferPointer(start: $0, count: Int(high >> 56 & 0x0F)))
                }
            }
        case .string(var text):
            return text.withUTF8(body)
        }
    }

    /// How many bytes the text has.
    var byteCount: Int {
        switch storage {
        case .inline(_, let high): Int(high >> 56 & 0x0F)
        case .string(let text): text.utf8.count
        }
    }

    /// When the number is kept inline and already is in JSON's number grammar, stores its 16
    /// inline bytes at `out` (the text, then bytes to ignore) and returns the count of the text.
    func storeInlinePlainJSON(to out: UnsafeMutableRawPointer) -> Int? {
        guard case .inline(let low, let high) = storage, high >> 56 & Self.plainJSONFlag != 0 else { return nil }
        out.storeBytes(of: low.littleEndian, as: UInt64.self)
        out.storeBytes(of: high.littleEndian, toByteOffset: 8, as: UInt64.self)
        return Int(high >> 56 & 0x0F)
    }

    /// Inline storage for short bytes, else `text` (or a String made from the bytes).
    private static func storage(of bytes: UnsafeBufferPointer<UInt8>, grammar: Grammar, text: String?) -> Storage {
        guard bytes.count <= inlineCapacity else { return .string(text ?? String(decoding: bytes, as: UTF8.self)) }
        var words: (low: UInt64, high: UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(bytes)) }
        let countByte = UInt64(bytes.count) | (grammar == .plainJSON ? plainJSONFlag : 0)
        return .inline(low: UInt64(littleEndian: words.low), high: UInt64(littleEndian: words.high) | countByte << 56)
    }


    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Which decimal grammar valid number bytes follow.
    enum Grammar {
        /// Already a JSON number: unsigned digits with at most an inner point, no exponent and
        /// no leading zero before a digit (`150000000`, `27.5`, `0.25`).
        case plainJSON
        /// Valid, but written otherwise (`+1`, `-2`, `.5`, `5.`, `007`, `1E3`).
        case other
    }

    /// The grammar `bytes` follow, or nil when they are not a number.
    static func grammar(of bytes: UnsafeBufferPointer<UInt8>) -> Grammar? {
        var index = 0
        let end = bytes.count
        var plain = true
        if index < end, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
            index += 1
            plain = false
        }
        var digits = 0
        while index < end, isDigit(bytes[index]) { index += 1; digits += 1 }
        if digits > 1, bytes[0] == UInt8(ascii: "0") { plain = false }
        if index < end, bytes[index] == UInt8(ascii: ".") {
            if digits == 0 || index == end - 1 { plain = false }
            index += 1
            while index < end, isDigit(bytes[index]) { index += 1; digits += 1 }
        }
        guard digits > 0 else { return nil }
        if index < end, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            plain = false
            index += 1
            if index < end, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            var exponentDigits = 0
            while index < end, isDigit(bytes[index]) { index += 1; exponentDigits += 1 }
            guard exponentDigits > 0, exponentDigits <= 4 else { return nil }
        }
        guard index == end else { return nil }
        return plain ? .plainJSON : .other
    }
}
