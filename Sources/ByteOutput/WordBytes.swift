/// Eight bytes loaded as one word and asked about all at once (the "has a zero byte" and "has
/// a byte less than n" bit tricks, exact for the questions asked), for writers that skip runs
/// of bytes needing no care. Each answer is a mask: nonzero when some byte qualifies.
public enum WordBytes {
    @usableFromInline static let ones: UInt64 = 0x0101_0101_0101_0101
    @usableFromInline static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `pointer`, which need no alignment.
    @inlinable
    public static func load(_ pointer: UnsafePointer<UInt8>) -> UInt64 {
        UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self)
    }

    /// Nonzero when some byte of `word` is `byte`.
    @inlinable
    public static func equal(_ byte: UInt8, in word: UInt64) -> UInt64 {
        below(1, in: word ^ (ones &* UInt64(byte)))
    }

    /// Nonzero when some byte of `word` is below `limit` (at most 0x80).
    @inlinable
    public static func below(_ limit: UInt8, in word: UInt64) -> UInt64 {
        (word &- ones &* UInt64(limit)) & ~word & highBits
    }
}
