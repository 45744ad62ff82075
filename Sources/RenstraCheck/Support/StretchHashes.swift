/// Hashes of every stretch of a name in constant time, from the hashes of its beginnings
/// (polynomial hashing, modulo 2^64).
struct StretchHashes {
    private static let base: UInt64 = 0x0000_0100_0000_01B3
    private static let square = base &* base
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
            // Two bytes a step: each step waits on the one before through a single
            // multiplication, which halves the chain that the hashes wait on.
            var hash: UInt64 = 0, end = 0
            while end + 2 <= name.count {
                let first = UInt64(name[end]) &+ 1, second = UInt64(name[end + 1]) &+ 1
                prefix[end + 1] = hash &* Self.base &+ first
                hash = hash &* Self.square &+ (first &* Self.base &+ second)
                prefix[end + 2] = hash
                end += 2
            }
            if end < name.count { prefix[end + 1] = hash &* Self.base &+ (UInt64(name[end]) &+ 1) }
        }
    }

    /// The hash of the loaded name's bytes in `range`.
    func hash(_ range: Range<Int>) -> UInt64 {
        prefix[range.upperBound] &- prefix[range.lowerBound] &* powers[range.count]
    }
}
