/// The language findings are written in.
public enum Language: String, Hashable, Sendable, CaseIterable {
    case id, en

    /// `id` when the locale (`LC_ALL`, or `LANG` when that is unset) starts with `id`;
    /// English otherwise.
    public static func from(environment: [String: String]) -> Language {
        let locale = [environment["LC_ALL"], environment["LANG"]].compactMap { $0 }.first { !$0.isEmpty } ?? ""
        return locale.lowercased().hasPrefix("id") ? .id : .en
    }
}
