/// The small parts of a figure kept inline, in one byte: which state it has, how its text is
/// spelled, the scale of its money and whether a workbook stored it as text.
@usableFromInline struct FigureShape: Sendable {
    /// The figure's state, when it is kept inline.
    @usableFromInline enum Kind: UInt8 {
        /// A value, in the figure's `PackedValue`.
        case value
        case none
        case missing
    }

    /// Bits 0–1 the kind, 2–4 the print form, 5–6 the thousands, 7 stored as text.
    @usableFromInline let bits: UInt8

    @inlinable init(kind: Kind, form: PrintForm, thousands: Int, storedAsText: Bool) {
        precondition((0...3).contains(thousands), "a figure is printed in rupiah, ribu, juta or miliar")
        bits = kind.rawValue | form.rawValue << 2 | UInt8(thousands) << 5 | (storedAsText ? 0x80 : 0)
    }

    /// The shape whose byte is `bits`, as a kept record gave it back.
    init(bits: UInt8) { self.bits = bits }

    @inlinable var kind: Kind { Kind(rawValue: bits & 0x03)! }
    @inlinable var form: PrintForm { PrintForm(rawValue: bits >> 2 & 0x07)! }
    /// The printed number is the value ÷ 1000^thousands (a Rupiah read in ribu prints in thousands 1).
    @inlinable var thousands: Int { Int(bits >> 5 & 0x03) }
    @inlinable var storedAsText: Bool { bits & 0x80 != 0 }
}
