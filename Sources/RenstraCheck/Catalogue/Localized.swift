/// A text in both languages of the findings.
public struct Localized: Hashable, Sendable {
    public let id: String
    public let en: String

    public init(id: String, en: String) {
        self.id = id
        self.en = en
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .id: return id
        case .en: return en
        }
    }

    /// The text in `language` with its `{name}` placeholders filled from `values`, in one pass:
    /// a value that itself holds `{…}` (a file named `{sheet}.xlsx`) is left as it is.
    public func text(_ language: Language, filling values: [String: String]) -> String {
        Template.render(text(language), values.mapValues { .text($0) }, language)
    }

    /// The same words with a capital first letter, for a heading.
    public var capitalized: Localized {
        Localized(id: id.prefix(1).uppercased() + id.dropFirst(), en: en.prefix(1).uppercased() + en.dropFirst())
    }
}
