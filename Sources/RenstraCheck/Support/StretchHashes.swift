/// Hashes of every stretch of a name in constant time, from the hashes of its beginnings
/// (polynomial hashing, modulo 2^64).
struct StretchHashes {
    private static let base: UInt64 = 0x0000_0100_0000_01B3
    /// The hash of each beginning of the loaded name; longer than the name after a longer one.
    private var prefix: [UInt64] = [0]
    private var powers: [UInt64] = [1]

    /// Takes `name` as the text whose stretches are hashed next.
    mutating func load(_ name: UnsafeBufferPointer<UInt8>) {
        while powers.count <= name.count {
            powers.append(powers[powers.count - 1] &* Self.base)
            prefix.append(0)
        }
        prefix.withUnsafeMutableBufferPointer { prefix in
            var hash: UInt64 = 0
            for (end, byte) in zip(1..., name) {
                hash = hash &* Self.base &+ UInt64(byte) &+ 1
                prefix[end] = hash
            }
        }
    }

    /// The hash of the loaded name's bytes in `range`.
    func hash(_ range: Range<Int>) -> UInt64 {
        prefix[range.upperBound] &- prefix[range.lowerBound] &* powers[range.count]
    }
}
