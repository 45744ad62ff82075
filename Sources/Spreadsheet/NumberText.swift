/// A number exactly as the file wrote it, checked against a strict decimal grammar
/// (`-12.5`, `1E-3`, `150000000`). Keeping the text lets later layers build an exact
/// `Decimal` without passing through `Double`.
///
/// Accepted: optional sign, digits with an optional fraction (or a fraction alone), an
/// optional exponent. Rejected: `nan`, `inf`, hex, blanks, thousands separators.
public struct NumberText: Hashable, Sendable, CustomStringConvertible {
    /// The text as written in the file.
    public let text: String

    /// Validates `text`; nil when it is not a plain decimal number.
    public init?(_ text: String) {
        var text = text
        guard text.withUTF8(Self.isValid) else { return nil }
        self.text = text
    }

    /// Validates raw bytes of a `<v>` element; surrounding blanks are tolerated (some writers
    /// pad `<v>`), inner ones are not.
    init?(bytes: UnsafeBufferPointer<UInt8>) {
        var start = 0, end = bytes.count
        while start < end, Self.isBlank(bytes[start]) { start += 1 }
        while end > start, Self.isBlank(bytes[end - 1]) { end -= 1 }
        let trimmed = UnsafeBufferPointer(rebasing: bytes[start..<end])
        guard Self.isValid(trimmed) else { return nil }
        self.text = String(decoding: trimmed, as: UTF8.self)
    }

    public var description: String { text }

    /// The value as a Double, for display and comparisons that tolerate rounding. Never use it for money.
    public var doubleValue: Double { Double(text)! }

    /// The same number in JSON's number grammar: no leading `+`, no leading zeros, a digit on
    /// both sides of the point, a lower-case `e` and no `+` in the exponent. Digits are
    /// otherwise unchanged.
    public var jsonText: String {
        String(unsafeUninitializedCapacity: jsonByteBound) { buffer in writeJSON(to: buffer.baseAddress!) }
    }

    /// Most bytes `writeJSON(to:)` writes: the text plus a `0` put before a leading point.
    var jsonByteBound: Int { text.utf8.count + 1 }

    /// Writes `jsonText` at `out`, which has room for `jsonByteBound` bytes; returns the count written.
    func writeJSON(to out: UnsafeMutablePointer<UInt8>) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            if Self.isJSON(bytes) {
                out.initialize(from: bytes.baseAddress!, count: bytes.count)
                return bytes.count
            }
            var index = 0, written = 0
            let end = bytes.count
            if index < end, bytes[index] == UInt8(ascii: "+") { index += 1 }
            if index < end, bytes[index] == UInt8(ascii: "-") {
                out[written] = UInt8(ascii: "-")
                written += 1
                index += 1
            }
            var mantissaEnd = index
            while mantissaEnd < end, bytes[mantissaEnd] != UInt8(ascii: "e"), bytes[mantissaEnd] != UInt8(ascii: "E") {
                mantissaEnd += 1
            }
            let exponentStart = mantissaEnd
            var mantissaStart = index
            if let point = (mantissaStart..<mantissaEnd).first(where: { bytes[$0] == UInt8(ascii: ".") }) {
                if point == mantissaEnd - 1 {
                    mantissaEnd -= 1
                } else if point == mantissaStart {
                    out[written] = UInt8(ascii: "0")
                    written += 1
                }
            }
            // Strip leading zeros of the integer part, keeping one.
            while mantissaEnd - mantissaStart > 1, bytes[mantissaStart] == UInt8(ascii: "0"),
                  bytes[mantissaStart + 1] != UInt8(ascii: ".") {
                mantissaStart += 1
            }
            for position in mantissaStart..<mantissaEnd {
                out[written] = bytes[position]
                written += 1
            }
            if exponentStart < end {
                out[written] = UInt8(ascii: "e")
                written += 1
                var position = exponentStart + 1
                if position < end, bytes[position] == UInt8(ascii: "+") { position += 1 }
                while position < end {
                    out[written] = bytes[position]
                    written += 1
                    position += 1
                }
            }
            return written
        }
    }

    /// Whether `bytes` (a valid number) are already in JSON's grammar, as nearly all are:
    /// unsigned digits with at most an inner point, and no leading zero before a digit.
    private static func isJSON(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last,
              first != UInt8(ascii: "."), last != UInt8(ascii: "."),
              first != UInt8(ascii: "0") || bytes.count == 1 || bytes[1] == UInt8(ascii: ".") else { return false }
        for byte in bytes where !isDigit(byte) && byte != UInt8(ascii: ".") { return false }
        return true
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

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
