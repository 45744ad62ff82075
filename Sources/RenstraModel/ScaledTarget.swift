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
        guard packed.decimalFlags & PackedValue.notANumber == 0, let magnitude = Int64(exactly: packed.word) else { return nil }
        return (packed.decimalFlags & PackedValue.negative != 0 ? -magnitude : magnitude, packed.decimalExponent)
    }
}

extension PackedValue {
    /// A packed Decimal's exponent: its header's first byte.
    @inlinable var decimalExponent: Int { Int(Int8(truncatingIfNeeded: header)) }

    /// Whether a packed Decimal's sign, significand and exponent are read as Foundation laid
    /// them out, checked once on a known value: `scaledValue` gives values only then, so that
    /// a misread layout could cost speed, never change a value.
    @usableFromInline static let readsDecimalParts: Bool = {
        let known = Decimal(sign: .minus, exponent: -3, significand: 27_183)
        guard let packed = PackedValue(known) else { return false }
        return packed.decimalFlags == negative && packed.word == 27_183 && packed.decimalExponent == -3
    }()
}
