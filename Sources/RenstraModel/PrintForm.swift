/// How a figure's text is spelled, so that most figures need not keep it: the texts a cell
/// gives are nearly always the empty text, a dash, or the figure's own number as a workbook
/// writes it (`150000000`, `27.18`) or as a planner types it (`150.000.000`, `27,18`).
@usableFromInline enum PrintForm: UInt8, Sendable {
    /// `""`, an empty cell.
    case empty
    /// `-`, nothing planned.
    case dash
    /// Digits with a decimal point and no groups: `150000000`, `-27.18`, `0.015`.
    case plain
    /// Indonesian: `150.000.000`, `27,18`.
    case grouped
    /// English: `150,000,000`, `27.18`.
    case groupedEnglish

    /// The marks of a number form; nil for the others.
    @inlinable var marks: NumberMarks? {
        switch self {
        case .empty, .dash: nil
        case .plain: NumberMarks(group: nil, decimal: UInt8(ascii: "."))
        case .grouped: NumberMarks(group: UInt8(ascii: "."), decimal: UInt8(ascii: ","))
        case .groupedEnglish: NumberMarks(group: UInt8(ascii: ","), decimal: UInt8(ascii: "."))
        }
    }

    /// A form, and the scale in thousands at which it prints money (0 for any other figure).
    @usableFromInline typealias Spelling = (form: PrintForm, thousands: Int)

    /// The form that spells `text` for a figure without a value: the empty text or a dash.
    @usableFromInline static func spelling(of text: String) -> Spelling? {
        spelling(of: text, scales: 0...0) { _ in nil }
    }

    /// The form that spells `text` for money: the empty text, a dash, or `rupiah` at the
    /// first scale, in thousands, at which a number form spells it (`150000000` in ribu is
    /// 150,000,000,000 Rupiah at scale 1).
    @usableFromInline static func spelling(of text: String, rupiah: Int64) -> Spelling? {
        spelling(of: text, scales: 0...3) { PrintedNumber(rupiah, thousands: $0) }
    }

    /// The form that spells `text` for a decimal: the empty text, a dash, or `number` in a
    /// number form.
    @usableFromInline static func spelling(of text: String, number: PrintedNumber?) -> Spelling? {
        spelling(of: text, scales: 0...0) { _ in number }
    }

    /// The form and scale that spell `text` exactly, nil when none does, and the text must be
    /// kept: the empty text or a dash for any figure, else a number form when `number` gives
    /// the figure's number at one of `scales` (the first that fits).
    private static func spelling(
        of text: String, scales: ClosedRange<Int>, number: (_ thousands: Int) -> PrintedNumber?
    ) -> Spelling? {
        var text = text
        return text.withUTF8 { bytes in
            if bytes.isEmpty { return (.empty, 0) }
            if bytes.count == 1, bytes[0] == UInt8(ascii: "-") { return (.dash, 0) }
            for thousands in scales {
                guard let printed = number(thousands) else { return nil }
                for form in [PrintForm.plain, .grouped, .groupedEnglish] where printed.isSpelled(by: bytes, form.marks!) {
                    return (form, thousands)
                }
            }
            return nil
        }
    }
}

/// The marks a number form writes: between groups of three digits (none: no groups), and
/// before the fraction.
@usableFromInline struct NumberMarks {
    @usableFromInline let group: UInt8?
    @usableFromInline let decimal: UInt8

    @inlinable init(group: UInt8?, decimal: UInt8) {
        self.group = group
        self.decimal = decimal
    }
}
