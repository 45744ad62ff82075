import Foundation

/// Numbers spelled into bytes as Swift spells them, without building a `String`: whole numbers
/// as `String(_:)` writes them, and a `Decimal` as its `description` does. Exact: the digits
/// come from the integer or the `Decimal`'s significand, never through `Double`.
public enum NumberDigits {
    /// Most bytes `write(_:to:)` writes for a whole number: a sign and 19 digits.
    public static let integerBound = 20

    /// Most bytes `write(_:to:)` writes for a `Decimal`: a sign, and 39 digits with up to 127
    /// zeros after them, or `0.` and 128 places before the point.
    public static let decimalBound = 168

    /// Writes `value` at `out`; returns the count written.
    public static func write(_ value: Int64, to out: UnsafeMutablePointer<UInt8>) -> Int {
        guard value < 0 else { return write(digitsOf: value.magnitude, to: out) }
        out.pointee = UInt8(ascii: "-")
        return 1 + write(digitsOf: value.magnitude, to: out + 1)
    }

    /// Writes `value` at `out` as `value.description` spells it; returns the count written.
    public static func write(_ value: Decimal, to out: UnsafeMutablePointer<UInt8>) -> Int {
        // The significand's whole value, read the one public way, and checked for all 64 bits below.
        let significand = value.significand
        let digits = NSDecimalNumber(decimal: significand).uint64Value
        // Zero and NaN, which `description` spells at once, and significands beyond 64 bits.
        guard digits != 0, Decimal(digits) == significand else {
            var text = value.description
            return text.withUTF8 { bytes in
                precondition(bytes.count <= decimalBound, "a Decimal's description longer than \(decimalBound) bytes")
                out.initialize(from: bytes.baseAddress!, count: bytes.count)
                return bytes.count
            }
        }
        var written = 0
        if value.isSignMinus {
            out.pointee = UInt8(ascii: "-")
            written = 1
        }
        let exponent = value.exponent
        if exponent >= 0 {
            written += write(digitsOf: digits, to: out + written)
            (out + written).initialize(repeating: UInt8(ascii: "0"), count: exponent)
            return written + exponent
        }
        // A point `-exponent` digits from the right: within the digits, or `0.` and zeros before them.
        let count = digitCount(digits), fraction = -exponent
        if count > fraction {
            let whole = digits / power(fraction)
            written += write(digitsOf: whole, to: out + written)
            out[written] = UInt8(ascii: ".")
            return written + 1 + write(digits - whole * power(fraction), width: fraction, to: out + written + 1)
        }
        out[written] = UInt8(ascii: "0")
        out[written + 1] = UInt8(ascii: ".")
        written += 2
        (out + written).initialize(repeating: UInt8(ascii: "0"), count: fraction - count)
        written += fraction - count
        return written + write(digitsOf: digits, to: out + written)
    }

    /// The decimal digits of `value`, no sign, no leading zeros.
    private static func write(digitsOf value: UInt64, to out: UnsafeMutablePointer<UInt8>) -> Int {
        write(value, width: digitCount(value), to: out)
    }

    /// The last `width` decimal digits of `value`, with leading zeros.
    private static func write(_ value: UInt64, width: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var rest = value, position = width
        while position > 0 {
            position -= 1
            out[position] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
        }
        return width
    }

    /// How many decimal digits `value` has; 1 for zero.
    private static func digitCount(_ value: UInt64) -> Int {
        var count = 1, bound: UInt64 = 10
        while count < 20, value >= bound {
            count += 1
            bound &*= 10
        }
        return count
    }

    /// 10 to the `exponent`, for `exponent` below 20.
    private static func power(_ exponent: Int) -> UInt64 {
        var result: UInt64 = 1
        for _ in 0..<exponent { result *= 10 }
        return result
    }
}
