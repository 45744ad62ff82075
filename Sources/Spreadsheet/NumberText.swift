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
        guard Self.isValid(Array(text.utf8)[...]) else { return nil }
        self.text = text
    }

    init?(bytes: ArraySlice<UInt8>) {
        // Surrounding blanks are tolerated (some writers pad <v>), inner ones are not.
        var slice = bytes
        while let first = slice.first, Self.isBlank(first) { slice = slice.dropFirst() }
        while let last = slice.last, Self.isBlank(last) { slice = slice.dropLast() }
        guard Self.isValid(slice) else { return nil }
        self.text = String(decoding: slice, as: UTF8.self)
    }

    public var description: String { text }

    /// The value as a Double, for display and comparisons that tolerate rounding. Never use it for money.
    public var doubleValue: Double { Double(text)! }

    /// The same number in JSON's number grammar: no leading `+`, no leading zeros, a digit on
    /// both sides of the point. Digits are otherwise unchanged.
    public var jsonText: String {
        var bytes = Array(text.utf8)
        var sign: [UInt8] = []
        if bytes.first == UInt8(ascii: "+") { bytes.removeFirst() }
        if bytes.first == UInt8(ascii: "-") { bytes.removeFirst(); sign = [UInt8(ascii: "-")] }
        let exponentStart = bytes.firstIndex { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") } ?? bytes.endIndex
        var mantissa = Array(bytes[..<exponentStart])
        var exponent = Array(bytes[exponentStart...])
        if let point = mantissa.firstIndex(of: UInt8(ascii: ".")) {
            if point == mantissa.count - 1 { mantissa.removeLast() }
            else if point == 0 { mantissa.insert(UInt8(ascii: "0"), at: 0) }
        }
        // Strip leading zeros of the integer part, keeping one.
        while mantissa.count > 1, mantissa[0] == UInt8(ascii: "0"), mantissa[1] != UInt8(ascii: ".") {
            mantissa.removeFirst()
        }
        if !exponent.isEmpty {
            exponent[0] = UInt8(ascii: "e")
            if exponent.count > 1, exponent[1] == UInt8(ascii: "+") { exponent.remove(at: 1) }
        }
        return String(decoding: sign + mantissa + exponent, as: UTF8.self)
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    static func isValid(_ bytes: ArraySlice<UInt8>) -> Bool {
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
