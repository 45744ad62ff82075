/// One unambiguous correction `--fix` applied: which rule, where, from what to what, and the
/// finding it answers.
public struct Correction: Hashable, Sendable {
    public enum Rule: String, Hashable, Sendable, CaseIterable {
        /// A row printed twice is kept once; the repeat was already out of the tree.
        case dropRepeatedRow = "drop-repeated-row"
        /// An end-of-period Rp is set to the sum of its years.
        case recomputeEndOfPeriodRp = "recompute-end-of-period-rp"
    }

    public let rule: Rule
    public let location: FindingLocation
    public let from: FindingValue
    public let to: FindingValue
    /// The code of the finding the correction answers; the finding is at the same cell.
    public let finding: FindingCode

    public init(rule: Rule, location: FindingLocation, from: FindingValue, to: FindingValue, finding: FindingCode) {
        self.rule = rule
        self.location = location
        self.from = from
        self.to = to
        self.finding = finding
    }
}
