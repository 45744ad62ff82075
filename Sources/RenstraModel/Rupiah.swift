/// An exact amount of money in whole Rupiah. Sums are overflow-checked.
public struct Rupiah: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let value: Int64

    public init(_ value: Int64) { self.value = value }

    public static let zero = Rupiah(0)

    public static func < (lhs: Rupiah, rhs: Rupiah) -> Bool { lhs.value < rhs.value }

    /// `lhs + rhs`, or nil when the sum does not fit.
    public static func adding(_ lhs: Rupiah, _ rhs: Rupiah) -> Rupiah? {
        let (sum, overflow) = lhs.value.addingReportingOverflow(rhs.value)
        return overflow ? nil : Rupiah(sum)
    }

    /// Indonesian display: `150.000.000`, `-1.500`.
    public var description: String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(".") }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }
}
