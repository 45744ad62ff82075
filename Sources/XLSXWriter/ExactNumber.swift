/// A number cell's value as exact decimal text, written into `<v>` unchanged: no binary
/// floating point is involved anywhere, so `150000000` and `27.2` reach the file digit for digit.
///
/// The text is kept canonical, the way Excel writes it: optional `-`, no leading zeros, no
/// trailing zeros after the point, no point without digits after it, and no `-0`.
public struct ExactNumber: Hashable, Sendable, CustomStringConvertible {
    /// The canonical text, e.g. `27.2`.
    public let text: String

    /// Parses `-?digits(.digits)?` and canonicalises it (`007.50` → `7.5`); nil for anything
    /// else (exponents, thousands separators, blanks, an empty string).
    public init?(_ text: String) {
        var bytes = Array(text.utf8)[...]
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { bytes = bytes.dropFirst() }
        let point = bytes.firstIndex(of: UInt8(ascii: "."))
        var integer = bytes[..<(point ?? bytes.endIndex)]
        var fraction = point.map { bytes[($0 + 1)...] } ?? bytes[bytes.endIndex...]
        guard !integer.isEmpty, integer.allSatisfy(Self.isDigit), fraction.allSatisfy(Self.isDigit),
              point == nil || !fraction.isEmpty else { return nil }
        while integer.count > 1, integer.first == UInt8(ascii: "0") { integer = integer.dropFirst() }
        while fraction.last == UInt8(ascii: "0") { fraction = fraction.dropLast() }
        var canonical = Array(integer)
        if !fraction.isEmpty { canonical += [UInt8(ascii: ".")] + fraction }
        if negative, canonical != [UInt8(ascii: "0")] { canonical.insert(UInt8(ascii: "-"), at: 0) }
        self.text = String(decoding: canonical, as: UTF8.self)
    }

    public var description: String { text }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
