/// The stable code of a kind of finding. Scripts match on these; they are never renamed.
public enum FindingCode: String, Hashable, Sendable, CaseIterable, Comparable {
    case paguSumMismatch = "pagu-sum-mismatch"
    case rowTotalMismatch = "row-total-mismatch"
    case targetTotalMismatch = "target-total-mismatch"
    case targetOutOfRange = "target-out-of-range"
    case duplicateRow = "duplicate-row"
    case duplicateCode = "duplicate-code"
    case duplicateName = "duplicate-name"
    case unreadableNumber = "unreadable-number"
    case numberAsText = "number-as-text"
    case numberOutlier = "number-outlier"
    case ordinalGap = "ordinal-gap"
    case codeMismatch = "code-mismatch"
    case missingUnit = "missing-unit"
    case missingName = "missing-name"
    case missingBaseline = "missing-baseline"
    case unitConflict = "unit-conflict"
    case moneyUnitMismatch = "money-unit-mismatch"
    case zeroPair = "zero-pair"

    public static func < (lhs: FindingCode, rhs: FindingCode) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The code's catalogue entry: severity, title, description and message template.
    public var entry: CatalogueEntry { Catalogue.entry(self) }
}
