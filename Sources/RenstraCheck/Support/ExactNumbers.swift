import Foundation

extension Decimal {
    /// `self > 0`, read from the sign instead of compared.
    var isAboveZero: Bool { !isNaN && !isZero && sign == .plus }
}

extension Int64 {
    /// `a + b`, or nil when the sum does not fit: money and targets are added exactly or not at all.
    static func exactly(_ a: Int64, plus b: Int64) -> Int64? {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? nil : sum
    }

    /// `a − b`, or nil when the difference does not fit.
    static func exactly(_ a: Int64, minus b: Int64) -> Int64? {
        let (difference, overflow) = a.subtractingReportingOverflow(b)
        return overflow ? nil : difference
    }

    /// This many 10^`exponent`s counted in units of 10^`unit` (at most `exponent`); nil when
    /// it does not fit.
    func inUnits(of unit: Int, from exponent: Int) -> Int64? {
        let shift = exponent - unit
        guard shift >= 0, shift < Self.powersOfTen.count else { return nil }
        let (units, overflow) = multipliedReportingOverflow(by: Self.powersOfTen[shift])
        return overflow ? nil : units
    }

    /// 10^0 through 10^18, every power of ten an Int64 holds.
    private static let powersOfTen: [Int64] = (0...18).map { (0..<$0).reduce(1) { power, _ in power * 10 } }
}
