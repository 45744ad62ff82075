import Foundation

extension Figure where Value == Decimal {
    /// The value as a whole number of a power of ten (`27,18` is 2718 × 10⁻²), read from the
    /// Decimal's parts without Decimal arithmetic: so that targets can be added and compared
    /// exactly as Int64. Nil when there is no value, when its significand does not fit an Int64,
    /// or when Foundation lays a Decimal out otherwise than `PackedValue` reads it; then read
    /// `value`.
    @inlinable public var scaledValue: (significand: Int64, exponent: Int)? {
        guard PackedValue.readsDecimalParts else { return nil }
        let packed: PackedValue
        switch storage {
        case .inline(let value, let shape):
            guard shape.kind == .value else { return nil }
            packed = value
        case .spilled(let spill):
            // A value with a text of its own (`73,0`).
            guard case .value(let decimal) = spill.state, let value = PackedValue(decimal) else { return nil }
            packed = value
        }
        guard let parts = packed.decimalParts, let magnitude = Int64(exactly: parts.significand) else { return nil }
        return (parts.negative ? -magnitude : magnitude, parts.exponent)
    }
}

extension PackedValue {
    /// Whether a packed Decimal's sign, significand and exponent are read as Foundation laid
    /// them out, checked once on a known value: `scaledValue` gives values only then, so that
    /// a misread layout could cost speed, never change a value.
    @usableFromInline static let readsDecimalParts: Bool = {
        let known = Decimal(sign: .minus, exponent: -3, significand: 27_183)
        guard let parts = PackedValue(known)?.decimalParts else { return false }
        return parts.negative && parts.significand == 27_183 && parts.exponent == -3
    }()
}
