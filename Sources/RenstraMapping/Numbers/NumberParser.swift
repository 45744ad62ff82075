import Foundation

/// Reads figures as planners write them: `150.000.000`, `27,18 %`, `Rp 75.000.000,00`,
/// `Rp. 6.319.911.000,-`, `(1.000)`, `-` for none, `######` as unreadable. Works on the text
/// only; the value is built digit by digit into a `Decimal`, never through `Double`.
public struct NumberParser: Sendable {
    public let locale: NumberLocale

    public init(locale: NumberLocale = .id) { self.locale = locale }

    /// Reads displayed text (a CSV field, or a text cell of a workbook).
    public func read(_ raw: String) -> NumberReading {
        if let plain = plainNumber(raw) { return .number(plain, percent: false, suffix: nil) }
        var text = Self.squeezeBlanks(raw)
        if text.isEmpty { return .empty }
        if Self.dashes.contains(text) { return .none }
        if text.allSatisfy({ $0 == "#" }) { return .unreadable(.hashes) }
        var negative = false
        if text.hasPrefix("("), text.hasSuffix(")") {
            negative = true
            text = String(text.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
        }
        text = Self.dropCurrency(text)
        if text.hasSuffix(",-") || text.hasSuffix(".-") { text.removeLast(2) }
        var percent = false
        if text.hasSuffix("%") {
            percent = true
            text = String(text.dropLast()).trimmingCharacters(in: .whitespaces)
        }
        if text.hasPrefix("-") {
            negative.toggle()
            text = String(text.dropFirst()).trimmingCharacters(in: .whitespaces)
        } else if text.hasPrefix("+") {
            text = String(text.dropFirst())
        }
        let (digits, suffix) = Self.splitSuffix(text)
        guard let first = digits.first, first.isNumber else {
            return .unreadable(Self.looksLikeMisTypedDigits(digits) ? .lettersAmongDigits : .text)
        }
        guard let canonical = canonicalDigits(digits) else {
            return .unreadable(Self.looksLikeMisTypedDigits(digits) ? .lettersAmongDigits : .badGrouping)
        }
        guard let value = Decimal(string: (negative ? "-" : "") + canonical, locale: Self.posix) else {
            return .unreadable(.badGrouping)
        }
        return .number(value, percent: percent, suffix: suffix)
    }

    /// The usual figure, read without Foundation: ASCII digits with this locale's group and
    /// decimal marks only (`150.000.000`, `27,2`), at most 18 significant digits. Nil for
    /// anything else, which the general reading handles.
    func plainNumber(_ text: String) -> Decimal? {
        plainDigits(text).map(Self.decimal)
    }

    static func decimal(_ digits: (significand: Int64, fractionDigits: Int)) -> Decimal {
        Decimal(sign: .plus, exponent: -digits.fractionDigits, significand: Decimal(digits.significand))
    }

    /// `plainNumber` as its digits and how many of them follow the decimal mark, without the
    /// fraction's trailing zeros (`27,20` is 272 with one): a whole figure has none.
    func plainDigits(_ text: String) -> (significand: Int64, fractionDigits: Int)? {
        Self.plainDigits(text, group: locale.groupByte, decimal: locale.decimalByte)
    }

    /// `plainDigits` with the given marks; without a group mark, digits are not grouped.
    private static func plainDigits(_ text: String, group: UInt8?, decimal: UInt8) -> (significand: Int64, fractionDigits: Int)? {
        // Read from the contiguous bytes, which is faster than walking the UTF-8 view.
        var text = text
        return text.withUTF8 { bytes in
            guard let plain = PlainLayout(bytes, group: group, decimal: decimal) else { return nil }
            var value = plain.value, fractionDigits = plain.fractionDigits
            // As Foundation reads `27,20`: trailing zeros of the fraction carry no value.
            while fractionDigits > 0, value % 10 == 0 {
                value /= 10
                fractionDigits -= 1
            }
            return (value, fractionDigits)
        }
    }

    /// How plain digits are laid out: ASCII digits with the given group and decimal marks
    /// only, at most 18 of them, grouped (if at all) by threes after a head of one to three,
    /// with a fraction (if any) after the only decimal mark. The digits are read as written.
    private struct PlainLayout {
        /// Every digit, the fraction's included, trailing zeros and all.
        var value: Int64 = 0
        var digits = 0
        var fractionDigits = 0
        var grouped = false
        /// Whether the text starts with a zero that is not alone before the decimal mark (`007`, `0.500`).
        var leadingZero = false

        @inline(__always) init?(_ bytes: UnsafeBufferPointer<UInt8>, group: UInt8?, decimal: UInt8) {
            // `run` counts the digits since the last mark (or the start): the head before the
            // first group mark, each group, then the fraction. At most 18 digits cannot overflow.
            var run = 0, sawDecimal = false
            for byte in bytes {
                let digit = byte &- 0x30
                if digit < 10 {
                    guard digits < 18 else { return nil }
                    value = value &* 10 &+ Int64(digit)
                    digits &+= 1
                    run &+= 1
                } else if byte == group, !sawDecimal {
                    // Groups of exactly three digits after a head of one to three.
                    guard grouped ? run == 3 : (1...3).contains(run) else { return nil }
                    grouped = true
                    run = 0
                } else if byte == decimal, !sawDecimal {
                    guard digits > 0, !grouped || run == 3 else { return nil }
                    sawDecimal = true
                    run = 0
                } else {
                    return nil
                }
            }
            guard digits > 0, sawDecimal ? run > 0 : !grouped || run == 3 else { return nil }
            fractionDigits = sawDecimal ? run : 0
            leadingZero = bytes[0] == UInt8(ascii: "0") && bytes.count > 1 && bytes[1] != decimal
        }

        /// Whether a print form prints these digits as they stand (see `PrintForm`): no leading
        /// zero, no zero ending the fraction, and after ungrouped thousands a fraction only
        /// with `.`, which the plain form writes (`50081,374` is no form's).
        @inline(__always) func isPrinted(decimal: UInt8) -> Bool {
            !leadingZero && (fractionDigits == 0 || value % 10 != 0)
                && (fractionDigits == 0 || grouped || digits - fractionDigits <= 3 || decimal == UInt8(ascii: "."))
        }
    }

    /// The value of a whole number as a print form prints it (`150.000.000`, `150000000`): one
    /// to eighteen digits without a leading zero (but `0` itself), plain or grouped by threes
    /// with this locale's group mark, and nothing else; nil for any other text.
    func printedWhole(_ text: String) -> Int64? {
        Self.printedWhole(text, group: locale.groupByte, decimal: locale.decimalByte)
    }

    /// The digits of a number as a print form prints it (`27,18`, `1.500`, `0,015`), and how
    /// many of them follow the decimal mark: plain digits in this locale's marks (`plainDigits`)
    /// that a print form writes as they stand (`PlainLayout.isPrinted`); nil for any other text.
    func printedDecimal(_ text: String) -> (significand: Int64, fractionDigits: Int)? {
        Self.printed(text, group: locale.groupByte, decimal: locale.decimalByte)
    }

    /// `printedWhole` of a workbook's number text, which has no group marks.
    static func printedWhole(cellNumber text: String) -> Int64? {
        printedWhole(text, group: nil, decimal: UInt8(ascii: "."))
    }

    private static func printedWhole(_ text: String, group: UInt8?, decimal: UInt8) -> Int64? {
        printed(text, group: group, decimal: decimal).flatMap { $0.fractionDigits == 0 ? $0.significand : nil }
    }

    @inline(__always)
    private static func printed(_ text: String, group: UInt8?, decimal: UInt8) -> (significand: Int64, fractionDigits: Int)? {
        var text = text
        return text.withUTF8 { bytes in
            guard let plain = PlainLayout(bytes, group: group, decimal: decimal), plain.isPrinted(decimal: decimal)
            else { return nil }
            return (plain.value, plain.fractionDigits)
        }
    }

    /// Reads the exact number text of a workbook's numeric cell (`1.5E-3`, `150000000`). A
    /// plain whole or decimal number (`72.5`), the usual case, is read without Foundation's parser
    /// (but for a zero with decimals, `0.0`, which Foundation keeps with its exponent).
    public static func read(cellNumber text: String) -> Decimal? {
        if let whole = wholeNumber(text) { return Decimal(whole) }
        if let plain = plainDigits(text, group: nil, decimal: UInt8(ascii: ".")), plain.significand != 0 { return decimal(plain) }
        return Decimal(string: text, locale: posix)
    }

    /// The value of text made of 1 to 18 ASCII digits and nothing else (so it cannot overflow).
    public static func wholeNumber(_ text: String) -> Int64? {
        let utf8 = text.utf8
        guard (1...18).contains(utf8.count) else { return nil }
        var value: Int64 = 0
        for byte in utf8 {
            let digit = byte &- 0x30
            guard digit < 10 else { return nil }
            value = value * 10 + Int64(digit)
        }
        return value
    }

    private static let posix = Locale(identifier: "en_US_POSIX")

    /// `1.234.567,89` → `1234567.89` (or the English equivalent); nil when the separators do
    /// not form a valid number in this locale.
    private func canonicalDigits(_ text: String) -> String? {
        let group = locale.groupSeparator, decimal = locale.decimalSeparator
        let halves = text.split(separator: decimal, omittingEmptySubsequences: false)
        guard halves.count <= 2 else { return nil }
        let whole = halves[0]
        let groups = whole.split(separator: group, omittingEmptySubsequences: false)
        guard let head = groups.first, !head.isEmpty, head.allSatisfy(\.isASCIIDigit) else { return nil }
        if groups.count > 1 {
            guard head.count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 && $0.allSatisfy(\.isASCIIDigit) }) else {
                return nil
            }
        }
        var canonical = groups.joined()
        if halves.count == 2 {
            let fraction = halves[1]
            guard !fraction.isEmpty, fraction.allSatisfy(\.isASCIIDigit) else { return nil }
            canonical += "." + fraction
        }
        return canonical
    }

    private static let dashes: Set<String> = ["-", "–", "—", "--", "-,-", "- -"]

    /// Trims, turns non-breaking spaces into spaces and collapses runs of blanks. Plain ASCII,
    /// the usual case, is squeezed byte by byte.
    static func squeezeBlanks(_ text: String) -> String {
        var text = text
        if let squeezed = text.withUTF8(squeezeASCIIBlanks) { return squeezed }
        return text.replacingOccurrences(of: "\u{00A0}", with: " ")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `squeezeBlanks` of ASCII bytes (whose blanks are tab to carriage return, and space); nil
    /// for any other text.
    private static func squeezeASCIIBlanks(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        return String(unsafeUninitializedCapacity: bytes.count) { squeezed in
            var count = 0, pendingBlank = false
            for byte in bytes {
                if byte == 0x20 || (0x09...0x0D).contains(byte) {
                    pendingBlank = count > 0
                    continue
                }
                if pendingBlank {
                    squeezed[count] = 0x20
                    count += 1
                    pendingBlank = false
                }
                squeezed[count] = byte
                count += 1
            }
            return count
        }
    }

    private static func dropCurrency(_ text: String) -> String {
        for prefix in ["Rp.", "Rp", "RP.", "RP", "rp.", "rp", "IDR"] where text.hasPrefix(prefix) {
            return String(text.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
        }
        return text
    }

    /// Splits `12 bulan` into `12` and `bulan`; a figure alone has no suffix.
    private static func splitSuffix(_ text: String) -> (String, String?) {
        guard let space = text.firstIndex(of: " ") else { return (text, nil) }
        let head = String(text[..<space])
        let tail = text[text.index(after: space)...].trimmingCharacters(in: .whitespaces)
        guard head.first?.isNumber == true, tail.first?.isLetter == true else { return (text, nil) }
        return (head, tail)
    }

    /// Mostly digits with a few letters that look like digits (O, o, l, I).
    private static func looksLikeMisTypedDigits(_ text: String) -> Bool {
        let lookalikes: Set<Character> = ["O", "o", "l", "I"]
        let digits = text.filter(\.isASCIIDigit).count
        let letters = text.filter(\.isLetter)
        return digits > 0 && !letters.isEmpty && letters.allSatisfy { lookalikes.contains($0) }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
