/// A year of the plan, or the whole period (the end-of-period columns).
public enum Period: Hashable, Sendable, Comparable {
    case year(Int)
    case endOfPeriod

    /// The period as a message says it.
    public var label: Localized {
        switch self {
        case .year(let year): return Localized(id: String(year), en: String(year))
        case .endOfPeriod: return Localized(id: "akhir periode", en: "end-of-period")
        }
    }

    public static func < (lhs: Period, rhs: Period) -> Bool {
        switch (lhs, rhs) {
        case (.year(let a), .year(let b)): return a < b
        case (.year, .endOfPeriod): return true
        default: return false
        }
    }
}
