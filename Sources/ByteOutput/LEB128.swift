/// Unsigned numbers seven bits a byte, lowest first, with the high bit set on every byte but
/// the last (LEB128): the lengths in a row's fingerprint, and the counts and values of a kept
/// node's record.
public enum LEB128 {
    /// Most bytes a 64-bit number takes.
    public static let maxCount = 10

    /// Writes `value` at byte `offset` of `out`; returns where the bytes after it start.
    @inlinable
    public static func write(_ value: UInt64, to out: UnsafeMutableRawPointer, at offset: Int) -> Int {
        var rest = value, end = offset
        while rest >= 0x80 {
            out.storeBytes(of: UInt8(truncatingIfNeeded: rest) | 0x80, toByteOffset: end, as: UInt8.self)
            rest >>= 7
            end += 1
        }
        out.storeBytes(of: UInt8(rest), toByteOffset: end, as: UInt8.self)
        return end + 1
    }
}
