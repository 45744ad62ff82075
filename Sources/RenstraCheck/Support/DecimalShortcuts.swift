import Foundation

extension Decimal {
    /// `self > 0`, read from the sign instead of compared.
    var isAboveZero: Bool { !isNaN && !isZero && sign == .plus }
}

extension Int64 {
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
