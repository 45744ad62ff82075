/// Hashes of every stretch of a name in constant time, from the hashes of its beginnings
/// (polynomial hashing, modulo 2^64).
struct StretchHashes {
    private static let base: UInt64 = 0x0000_0100_0000_01B3
    private var prefix: [UInt64] = [0]
    private var powers: [UInt64] = [1]

    /// Takes `name` as the text whose stretches are hashed next.
    mutating func load(_ name: [UInt8]) {
        prefix.removeAll(keepingCapacity: true)
        prefix.append(0)
        for byte in name { prefix.append(prefix[prefix.count - 1] &* Self.base &+ UInt64(byte) &+ 1) }
        while powers.count <= name.count { powers.append(powers[powers.count - 1] &* Self.base) }
    }

    /// The hash of the loaded name's bytes in `range`.
    func hash(_ range: Range<Int>) -> UInt64 {
        prefix[range.upperBound] &- prefix[range.lowerBound] &* powers[range.count]
    }
}
