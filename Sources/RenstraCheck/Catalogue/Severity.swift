/// How much a finding matters: an `error` makes the figures wrong or unusable, a `warning`
/// needs a planner's look, `info` is worth knowing.
public enum Severity: String, Hashable, Sendable, CaseIterable, Comparable {
    case info, warning, error

    private var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    /// The severity's name for a report.
    public var label: Localized {
        switch self {
        case .info: return Localized(id: "info", en: "info")
        case .warning: return Localized(id: "peringatan", en: "warning")
        case .error: return Localized(id: "kesalahan", en: "error")
        }
    }

    /// The name of a count of findings of this severity (`3 warnings`).
    public var plural: Localized {
        switch self {
        case .info: return Localized(id: "info", en: "info")
        case .warning: return Localized(id: "peringatan", en: "warnings")
        case .error: return Localized(id: "kesalahan", en: "errors")
        }
    }
}
