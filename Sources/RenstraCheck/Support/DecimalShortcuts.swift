import Foundation

extension Decimal {
    /// The value when it is a whole number that fits in Int64, so that it can be added and
    /// compared without decimal arithmetic; nil otherwise. Exact: the result is checked back.
    var wholeNumber: Int64? {
        let whole = NSDecimalNumber(decimal: self).int64Value
        return Decimal(whole) == self ? whole : nil
    }

    /// `self > 0`, read from the sign instead of compared.
    var isAboveZero: Bool { !isNaN && !isZero && sign == .plus }
}
