import Foundation

/// Numbers with their thousands grouped, as a reader writes them (`1.500.000`, `27,5`), spelled
/// into bytes from `NumberDigits` without building a `String`.
public enum GroupedDigits {
    /// Most bytes a `write` writes: `NumberDigits`' spelling and a separator per three of at
    /// most 19 whole digits.
    public static let bound = NumberDigits.decimalBound + 6

    /// Writes `value` at `out` with `separator` between groups of three digits; returns the
    /// count written.
    public static func write(_ value: Int64, separator: UInt8, to out: UnsafeMutablePointer<UInt8>) -> Int {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: NumberDigits.integerBound) { plain in
            let spelled = UnsafeBufferPointer(rebasing: plain[..<NumberDigits.write(value, to: plain.baseAddress!)])
            let sign = value < 0 ? 1 : 0
            let written = copy(spelled[..<sign], to: out)
            return written + group(spelled[sign...], separator: separator, to: out + written)
        }
    }

    /// Writes `value` at `out` as its `description` spells it, but with `point` for the decimal
    /// point and, when the whole part makes an `Int64`, `separator` between its groups of three
    /// digits; returns the count written.
    public static func write(_ value: Decimal, separator: UInt8, point: UInt8, to out: UnsafeMutablePointer<UInt8>) -> Int {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: NumberDigits.decimalBound) { plain in
            let spelled = UnsafeBufferPointer(rebasing: plain[..<NumberDigits.write(value, to: plain.baseAddress!)])
            let sign = spelled.first == UInt8(ascii: "-") ? 1 : 0
            let end = spelled[sign...].firstIndex(of: UInt8(ascii: ".")) ?? spelled.count
            let whole = spelled[sign..<end]
            var written = copy(spelled[..<sign], to: out)
            written += fitsInt64(whole) ? group(whole, separator: separator, to: out + written) : copy(whole, to: out + written)
            guard end < spelled.count else { return written }
            out[written] = point
            return written + 1 + copy(spelled[(end + 1)...], to: out + written + 1)
        }
    }

    /// Copies `digits` to `out` with `separator` before each group of three from the right.
    private static func group(_ digits: Slice<UnsafeBufferPointer<UInt8>>, separator: UInt8,
                              to out: UnsafeMutablePointer<UInt8>) -> Int {
        var written = 0
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 {
                out[written] = separator
                written += 1
            }
            out[written] = digit
            written += 1
        }
        return written
    }

    private static func copy(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, to out: UnsafeMutablePointer<UInt8>) -> Int {
        for (index, byte) in bytes.enumerated() { out[index] = byte }
        return bytes.count
    }

    /// `Int64.max`, spelled.
    private static let largest: StaticString = "9223372036854775807"

    /// Whether `digits` (with no leading zeros, as a spelling has none) are a whole number
    /// within `Int64`.
    private static func fitsInt64(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let largest = UnsafeBufferPointer(start: Self.largest.utf8Start, count: Self.largest.utf8CodeUnitCount)
        guard !digits.isEmpty, digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
            return false
        }
        return digits.count < largest.count || digits.count == largest.count && !largest.lexicographicallyPrecedes(digits)
    }
}
