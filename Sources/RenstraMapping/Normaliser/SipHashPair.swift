/// SipHash-1-3, the keyed hash of Swift's `Hasher`, of the same bytes under two keys in one
/// pass: the two digests of a `RowFingerprint`. Each 8-byte word is read once and fed to both
/// states, whose rounds are independent and run side by side, so the second digest costs far
/// less than hashing the bytes again.
enum SipHashPair {
    typealias Key = (UInt64, UInt64)

    /// Two keys drawn once per process, as `Hasher` draws its seed: rows are told apart within
    /// one run, and input cannot be made to collide without knowing the keys.
    static let keys: (Key, Key) = {
        var random = SystemRandomNumberGenerator()
        return ((random.next(), random.next()), (random.next(), random.next()))
    }()

    /// The digests of `bytes` under the two keys. `compression` and `finalisation` are the
    /// rounds: 1 and 3, as `Hasher` uses; the reference test vectors are for 2 and 4.
    @inline(__always)
    static func digests(_ bytes: UnsafeRawBufferPointer, keys: (Key, Key) = keys,
                        compression: Int = 1, finalisation: Int = 3) -> (UInt64, UInt64) {
        var first = State(keys.0), second = State(keys.1)
        let whole = bytes.count & ~7
        var offset = 0
        while offset < whole {
            let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            first.compress(word, rounds: compression)
            second.compress(word, rounds: compression)
            offset += 8
        }
        // The last word: the bytes left over, and the length's lowest byte on top.
        var last = UInt64(truncatingIfNeeded: bytes.count) << 56
        for index in 0..<(bytes.count - whole) { last |= UInt64(bytes[whole + index]) << (8 * index) }
        first.compress(last, rounds: compression)
        second.compress(last, rounds: compression)
        return (first.finalise(rounds: finalisation), second.finalise(rounds: finalisation))
    }

    /// One SipHash state: four words, started from a key.
    private struct State {
        var v0: UInt64, v1: UInt64, v2: UInt64, v3: UInt64

        init(_ key: Key) {
            v0 = key.0 ^ 0x736F_6D65_7073_6575
            v1 = key.1 ^ 0x646F_7261_6E64_6F6D
            v2 = key.0 ^ 0x6C79_6765_6E65_7261
            v3 = key.1 ^ 0x7465_6462_7974_6573
        }

        @inline(__always) mutating func compress(_ word: UInt64, rounds: Int) {
            v3 ^= word
            for _ in 0..<rounds { round() }
            v0 ^= word
        }

        @inline(__always) mutating func finalise(rounds: Int) -> UInt64 {
            v2 ^= 0xFF
            for _ in 0..<rounds { round() }
            return v0 ^ v1 ^ v2 ^ v3
        }

        @inline(__always) private mutating func round() {
            v0 &+= v1; v1 = Self.rotate(v1, 13); v1 ^= v0; v0 = Self.rotate(v0, 32)
            v2 &+= v3; v3 = Self.rotate(v3, 16); v3 ^= v2
            v0 &+= v3; v3 = Self.rotate(v3, 21); v3 ^= v0
            v2 &+= v1; v1 = Self.rotate(v1, 17); v1 ^= v2; v2 = Self.rotate(v2, 32)
        }

        @inline(__always) private static func rotate(_ value: UInt64, _ bits: UInt64) -> UInt64 {
            value &<< bits | value &>> (64 - bits)
        }
    }
}
