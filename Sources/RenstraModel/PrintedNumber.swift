/// A number as a print form spells it: a sign, the digits of `significand` followed by `zeros`
/// zeros, the last `fractionDigits` of them after the decimal mark (with zeros in front when
/// there are fewer). Built from integers only, so it spells exactly the figure's value.
@usableFromInline struct PrintedNumber {
    let negative: Bool
    let significand: UInt64
    let zeros: Int
    let fractionDigits: Int
    /// Digits before the decimal mark: at least one (`0.015`).
    private let wholeDigits: Int

    /// `rupiah ÷ 1000^thousands`, without zeros at the end of the fraction: 1,500 Rupiah at
    /// thousands 1 is `1.5`.
    @usableFromInline init(_ rupiah: Int64, thousands: Int) {
        var significand = rupiah.magnitude, fractionDigits = 3 * thousands
        while fractionDigits > 0, significand % 10 == 0 {
            significand /= 10
            fractionDigits -= 1
        }
        self.init(negative: rupiah < 0, significand: significand, zeros: 0, fractionDigits: fractionDigits)
    }

    /// `significand × 10^exponent` as a decimal keeps it: `2718` and `-2` is `27.18`, `15` and
    /// `7` is `150000000`, `0` and `-1` is `0.0`.
    init(negative: Bool, significand: UInt64, exponent: Int) {
        self.init(negative: negative, significand: significand, zeros: max(exponent, 0), fractionDigits: max(-exponent, 0))
    }

    private init(negative: Bool, significand: UInt64, zeros: Int, fractionDigits: Int) {
        self.negative = negative
        self.significand = significand
        self.zeros = zeros
        self.fractionDigits = fractionDigits
        // Counted up by powers of ten, which is cheaper than dividing down.
        var digits = 1, power: UInt64 = 10
        while digits < 20, significand >= power {
            digits += 1
            power &*= 10
        }
        wholeDigits = max(digits + zeros - fractionDigits, 1)
    }

    /// The text with `marks`.
    @usableFromInline func text(_ marks: NumberMarks) -> String {
        let count = byteCount(marks)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { buffer in
            // From the last byte: the zeros after the significand, its digits (then zeros
            // before them, when the fraction is longer), the marks between, the sign.
            var position = count, rest = significand, zerosLeft = zeros
            for place in stride(from: wholeDigits + fractionDigits - 1, through: 0, by: -1) {
                position -= 1
                if zerosLeft > 0 {
                    zerosLeft -= 1
                    buffer[position] = UInt8(ascii: "0")
                } else {
                    buffer[position] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
                if place == wholeDigits {
                    position -= 1
                    buffer[position] = marks.decimal
                } else if place < wholeDigits, place > 0, (wholeDigits - place) % 3 == 0, let group = marks.group {
                    position -= 1
                    buffer[position] = group
                }
            }
            if negative { buffer[0] = UInt8(ascii: "-") }
            return String(decoding: buffer, as: UTF8.self)
        }
    }

    /// True when `text` is exactly this number written with `marks`. Its digits are read as a
    /// whole number, faster than spelling the number: with the count of bytes, the sign and
    /// the marks in their places, equal digits make an equal text.
    func isSpelled(by text: UnsafeBufferPointer<UInt8>, _ marks: NumberMarks) -> Bool {
        guard byteCount(marks) == text.count else { return false }
        let digits = wholeDigits + fractionDigits
        // Nineteen digits always fit a UInt64; a longer number is spelled and compared.
        guard digits <= 19 else { return self.text(marks).utf8.elementsEqual(text) }
        var index = 0
        if negative {
            guard text[0] == UInt8(ascii: "-") else { return false }
            index = 1
        }
        // The whole part: with groups, a head of one to three digits and groups of three after
        // a mark; then the decimal mark and the fraction.
        var value: UInt64 = 0
        let head = marks.group == nil ? wholeDigits : (wholeDigits - 1) % 3 + 1
        guard Self.append(head, of: text, at: &index, to: &value) else { return false }
        if let group = marks.group {
            for _ in 0..<((wholeDigits - 1) / 3) {
                guard text[index] == group else { return false }
                index += 1
                guard Self.append(3, of: text, at: &index, to: &value) else { return false }
            }
        }
        if fractionDigits > 0 {
            guard text[index] == marks.decimal else { return false }
            index += 1
            guard Self.append(fractionDigits, of: text, at: &index, to: &value) else { return false }
        }
        var expected = significand
        for _ in 0..<zeros { expected *= 10 }
        return value == expected
    }

    /// Reads `count` digits of `text` from `index` onto `value`; false at a byte that is not a
    /// digit. At most nineteen digits in all, which a UInt64 holds.
    private static func append(_ count: Int, of text: UnsafeBufferPointer<UInt8>, at index: inout Int,
                               to value: inout UInt64) -> Bool {
        for position in index..<(index + count) {
            let digit = text[position] &- UInt8(ascii: "0")
            guard digit < 10 else { return false }
            value = value &* 10 &+ UInt64(digit)
        }
        index += count
        return true
    }

    private func byteCount(_ marks: NumberMarks) -> Int {
        let groupMarks = marks.group == nil ? 0 : (wholeDigits - 1) / 3
        return (negative ? 1 : 0) + wholeDigits + groupMarks + (fractionDigits > 0 ? 1 + fractionDigits : 0)
    }
}
