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

    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "en_US_POSIX"))
            .unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }
            .map(String.init).joined().lowercased()
    }
}
