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
        if let (open, close) = Self.lastParentheses(in: text) {
            unit = Self.fold(String(text[text.index(after: open)..<close]))
            main = String(text[..<open]) + String(text[text.index(after: close)...])
        }
        key = Self.fold(main)
        parenthesised = unit.flatMap { $0.isEmpty ? nil : $0 }
    }

    public var description: String { original }

    /// Whether this header reads as any of `labels`: its key or its whole fold is one of theirs.
    public func matches(_ labels: [String]) -> Bool {
        matches(folded: labels.map(Self.fold))
    }

    /// `matches`, with the labels already folded.
    func matches(folded labels: [String]) -> Bool {
        let whole = Self.fold(original)
        return labels.contains { $0 == key || $0 == whole }
    }

    /// Whether `text`, read as a label, is one of `labels` (each already folded), as `matches`
    /// decides. Text without parentheses, whose key is its whole fold, is compared without
    /// building its fold, so a text that differs early is told apart at once.
    static func reads(_ text: String, asOneOf labels: [String]) -> Bool {
        guard lastParentheses(in: text) != nil else { return labels.contains { fold(text, equals: $0) } }
        return HeaderText(text).matches(folded: labels)
    }

    /// The last `(` and the last `)` of `text`, when the `(` comes first. Plain ASCII text, where
    /// each character is one byte, is searched byte by byte; so is the usual label, without any
    /// `(` byte and so without any `(` character.
    private static func lastParentheses(in text: String) -> (open: String.Index, close: String.Index)? {
        let bytes = text.utf8.withContiguousStorageIfAvailable(ParenthesisBytes.init) ?? ParenthesisBytes(text.utf8)
        guard let openByte = bytes.open else { return nil }
        let open: String.Index?, close: String.Index?
        if bytes.ascii {
            open = text.utf8.index(text.utf8.startIndex, offsetBy: openByte)
            close = bytes.close.map { text.utf8.index(text.utf8.startIndex, offsetBy: $0) }
        } else {
            (open, close) = (text.lastIndex(of: "("), text.lastIndex(of: ")"))
        }
        guard let open, let close, open < close else { return nil }
        return (open, close)
    }

    /// Lower-case letters and digits only, accents removed. Plain ASCII, the usual case, takes a
    /// fast path without Foundation.
    static func fold(_ text: String) -> String {
        if let folded = foldASCII(text) { return folded }
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

    /// `fold` of a plain ASCII text, built byte by byte; nil for any other text.
    private static func foldASCII(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { folded in
                var count = 0
                for byte in bytes {
                    guard let kept = foldedASCII(byte) else { continue }
                    folded[count] = kept
                    count += 1
                }
                return count
            }
        }
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
