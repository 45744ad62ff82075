import Foundation

/// Header labels compared the way a person reads them: case, spacing, line breaks, accents and
/// punctuation do not matter (`Satua\nn`, `SATUAN`, `Satuan:` are one label), and a unit in
/// parentheses is set apart (`PAGU (ribu)` is `pagu` with the unit `ribu`).
public struct HeaderText: Hashable, Sendable, CustomStringConvertible {
    /// Letters and digits only, lower case: what labels are compared by.
    public let key: String
    /// The text in the last parentheses, if any, lower case (`ribu`, `rp`, `juta`).
    public let parenthesised: String?
    /// The label as written.
    public let original: String

    public init(_ text: String) {
        original = text
        var main = text
        var unit: String?
        if let open = text.lastIndex(of: "("), let close = text.lastIndex(of: ")"), open < close {
            unit = Self.fold(String(text[text.index(after: open)..<close]))
            main = String(text[..<open]) + String(text[text.index(after: close)...])
        }
        key = Self.fold(main)
        parenthesised = unit.flatMap { $0.isEmpty ? nil : $0 }
    }

    public var description: String { original }

    /// Whether this header reads as any of `labels`.
    public func matches(_ labels: [String]) -> Bool {
        labels.contains { Self.fold($0) == key || Self.fold($0) == Self.fold(original) }
    }

    /// Lower-case letters and digits only, accents removed. Plain ASCII, the usual case, takes a
    /// fast path without Foundation.
    static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: text.utf8.compactMap(foldedASCII), as: UTF8.self)
        }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: posix)
            .unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }
            .map(String.init).joined().lowercased()
    }

    /// Whether `fold(text) == key`; ASCII is compared without building the fold. Folding keeps
    /// each ASCII byte as `foldedASCII` does whatever follows it, so a difference before the
    /// first byte beyond ASCII decides at once, without reading the rest of the text.
    static func fold(_ text: String, equals key: String) -> Bool {
        var keyBytes = key.utf8.makeIterator()
        for byte in text.utf8 {
            guard byte < 0x80 else { return fold(text) == key }
            guard let folded = foldedASCII(byte) else { continue }
            guard keyBytes.next() == folded else { return false }
        }
        return keyBytes.next() == nil
    }

    /// An ASCII byte as `fold` keeps it: a digit or a lower-case letter; nil for any other.
    private static func foldedASCII(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39, 0x61...0x7A: return byte
        case 0x41...0x5A: return byte + 0x20
        default: return nil
        }
    }

    private static let posix = Locale(identifier: "en_US_POSIX")
}
