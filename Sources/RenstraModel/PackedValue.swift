import Foundation

/// A figure's value in eleven bytes. A `Rupiah` is its Int64. A `Decimal` is its own bits, so
/// that it comes back with the same significand and exponent (and so the same description):
/// it packs when its reserved bits and the upper half of its 128-bit significand are zero, as
/// for any significand below 2^64. Other values do not pack.
///
/// Foundation does not make a Decimal's fields public on Linux, so they are read from its
/// 20 bytes as Foundation lays them out. Only compactness and speed rest on that reading: the
/// value comes back bit for bit whatever the layout, a text is spelled from the packed number
/// only when it reads back as exactly the given bytes (`PrintForm`), and a target's parts are
/// given out (`Target.scaledValue`) only once the reading has been checked on a known value, so
/// a misread layout would keep figures out of line and targets in decimals, never change one.
@usableFromInline struct PackedValue: Sendable {
    /// The Rupiah, or the lower 64 bits of the Decimal's significand.
    @usableFromInline let word: UInt64
    /// The first two bytes of the Decimal's header; zero for a Rupiah.
    @usableFromInline let header: UInt16
    /// Whether the Decimal is negative or not a number, as Foundation tells, kept so that
    /// spelling it asks Foundation nothing; zero for a Rupiah.
    @usableFromInline let decimalFlags: UInt8

    @inlinable static var negative: UInt8 { 1 }
    @inlinable static var notANumber: UInt8 { 2 }

    /// What a figure without a packed value holds.
    @inlinable static var zero: PackedValue { PackedValue(word: 0, header: 0, decimalFlags: 0) }

    @inlinable init(word: UInt64, header: UInt16, decimalFlags: UInt8) {
        self.word = word
        self.header = header
        self.decimalFlags = decimalFlags
    }

    /// `value` packed, or nil when it does not pack.
    @inlinable init?<Value>(_ value: Value) {
        if let rupiah = exactly(value, as: Rupiah.self) {
            self.init(word: UInt64(bitPattern: rupiah.value), header: 0, decimalFlags: 0)
        } else if let decimal = exactly(value, as: Decimal.self) {
            let words = unsafeBitCast(decimal, to: DecimalWords.self)
            guard words.1 == 0, words.6 == 0, words.7 == 0, words.8 == 0, words.9 == 0 else { return nil }
            self.init(word: UInt64(words.2) | UInt64(words.3) << 16 | UInt64(words.4) << 32 | UInt64(words.5) << 48,
                      header: words.0,
                      decimalFlags: (decimal.sign == .minus ? Self.negative : 0) | (decimal.isNaN ? Self.notANumber : 0))
        } else {
            return nil
        }
    }

    /// A Decimal's 20 bytes as ten 16-bit words: the header (exponent, length and sign, then
    /// reserved bits) in the first two, the significand in the others, lowest first.
    @usableFromInline typealias DecimalWords = (UInt16, UInt16, UInt16, UInt16, UInt16, UInt16, UInt16, UInt16, UInt16, UInt16)

    /// The value that was packed; `Value` is the type it was packed from.
    @inlinable func value<Value>(_: Value.Type) -> Value {
        if Value.self == Rupiah.self { return unsafeBitCast(Rupiah(Int64(bitPattern: word)), to: Value.self) }
        precondition(Value.self == Decimal.self, "only a Rupiah or a Decimal packs")
        return unsafeBitCast(decimal, to: Value.self)
    }

    @inlinable var decimal: Decimal {
        let words: DecimalWords = (header, 0, UInt16(truncatingIfNeeded: word), UInt16(truncatingIfNeeded: word >> 16),
                                   UInt16(truncatingIfNeeded: word >> 32), UInt16(truncatingIfNeeded: word >> 48), 0, 0, 0, 0)
        return unsafeBitCast(words, to: Decimal.self)
    }

    /// The print form, and the scale, that spell `text` from this value; `Value` is the type
    /// it was packed from.
    @inlinable func spelling<Value>(of text: String, _: Value.Type) -> PrintForm.Spelling? {
        Value.self == Rupiah.self
            ? PrintForm.spelling(of: text, rupiah: Int64(bitPattern: word))
            : PrintForm.spelling(of: text, number: decimalNumber)
    }

    /// The value as a print form spells it at the scale `thousands` of its spelling.
    @inlinable func number<Value>(_: Value.Type, thousands: Int) -> PrintedNumber? {
        Value.self == Rupiah.self ? PrintedNumber(Int64(bitPattern: word), thousands: thousands) : decimalNumber
    }

    /// The packed Decimal as a number to print, as it is; nil when it is not a number.
    @usableFromInline var decimalNumber: PrintedNumber? {
        decimalParts.map { PrintedNumber(negative: $0.negative, significand: $0.significand, exponent: $0.exponent) }
    }

    /// The packed Decimal's sign, significand and power of ten; nil when it is not a number.
    /// The exponent is the header's first byte (an Int8), and the significand below 2^64 the
    /// word itself.
    @inlinable var decimalParts: (negative: Bool, significand: UInt64, exponent: Int)? {
        guard decimalFlags & Self.notANumber == 0 else { return nil }
        return (decimalFlags & Self.negative != 0, word, Int(Int8(truncatingIfNeeded: header)))
    }
}

/// `value` as an `Other` when `Value` is `Other`: a comparison of types, cheaper than a
/// dynamic cast for each of millions of figures.
@inlinable func exactly<Value, Other>(_ value: Value, as _: Other.Type) -> Other? {
    Value.self == Other.self ? unsafeBitCast(value, to: Other.self) : nil
}
