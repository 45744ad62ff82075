/// Lists of positions under 64-bit keys, newest first, in flat arrays: an open-addressing table
/// from each key to its newest entry, and each entry linked to the one filed before it under
/// the same key. Keys may be hashes that collide: whoever reads a list checks what it finds.
struct ChainTable {
    private var keys: [UInt64]
    /// The newest entry under the key in the same slot; -1 for an empty slot.
    private var heads: [Int32]
    private var used = 0
    /// Each entry's position, and the entry filed before it under the same key (-1 for none).
    private(set) var positions: [Int32] = []
    private(set) var earlier: [Int32] = []

    init() {
        keys = Array(repeating: 0, count: 1024)
        heads = Array(repeating: -1, count: 1024)
    }

    /// The newest entry under `key`, or -1.
    func newest(_ key: UInt64) -> Int32 {
        var slot = Self.slot(key, keys.count)
        while heads[slot] >= 0 {
            if keys[slot] == key { return heads[slot] }
            slot = (slot + 1) & (keys.count - 1)
        }
        return -1
    }

    /// Files `position` under `key`.
    mutating func file(_ position: Int, under key: UInt64) {
        if 2 * (used + 1) > keys.count { grow() }
        var slot = Self.slot(key, keys.count)
        while heads[slot] >= 0 && keys[slot] != key { slot = (slot + 1) & (keys.count - 1) }
        if heads[slot] < 0 { used += 1 }
        keys[slot] = key
        earlier.append(heads[slot])
        heads[slot] = Int32(positions.count)
        positions.append(Int32(position))
    }

    private mutating func grow() {
        let oldKeys = keys, oldHeads = heads
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        heads = Array(repeating: -1, count: oldKeys.count * 2)
        for (key, head) in zip(oldKeys, oldHeads) where head >= 0 {
            var slot = Self.slot(key, keys.count)
            while heads[slot] >= 0 { slot = (slot + 1) & (keys.count - 1) }
            keys[slot] = key
            heads[slot] = head
        }
    }

    /// A slot for `key` in a table of `count` (a power of two) slots: Fibonacci hashing.
    private static func slot(_ key: UInt64, _ count: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - count.trailingZeroBitCount))
    }
}

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
