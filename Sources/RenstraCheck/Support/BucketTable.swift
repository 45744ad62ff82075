/// Lists of elements under 64-bit keys, each list contiguous and in the order filed: an
/// open-addressing table from each key to its list. Keys may be hashes that collide: whoever
/// reads a list checks what it finds.
struct BucketTable<Element> {
    private var keys: [UInt64]
    /// The list of the key in the same slot; -1 for an empty slot.
    private var slots: [Int32]
    private var lists: [[Element]] = []

    init() {
        keys = Array(repeating: 0, count: 1024)
        slots = Array(repeating: -1, count: 1024)
    }

    /// What is filed under `key`, oldest first; empty for none.
    func list(_ key: UInt64) -> [Element] {
        var slot = Self.slot(key, keys.count)
        while slots[slot] >= 0 {
            if keys[slot] == key { return lists[Int(slots[slot])] }
            slot = (slot + 1) & (keys.count - 1)
        }
        return []
    }

    /// Files `element` under `key`.
    mutating func file(_ element: Element, under key: UInt64) {
        if 2 * (lists.count + 1) > keys.count { grow() }
        var slot = Self.slot(key, keys.count)
        while slots[slot] >= 0 && keys[slot] != key { slot = (slot + 1) & (keys.count - 1) }
        if slots[slot] < 0 {
            keys[slot] = key
            slots[slot] = Int32(lists.count)
            lists.append([element])
        } else {
            lists[Int(slots[slot])].append(element)
        }
    }

    private mutating func grow() {
        let oldKeys = keys, oldSlots = slots
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        slots = Array(repeating: -1, count: oldKeys.count * 2)
        for (key, list) in zip(oldKeys, oldSlots) where list >= 0 {
            var slot = Self.slot(key, keys.count)
            while slots[slot] >= 0 { slot = (slot + 1) & (keys.count - 1) }
            keys[slot] = key
            slots[slot] = list
        }
    }

    /// A slot for `key` in a table of `count` (a power of two) slots: Fibonacci hashing.
    private static func slot(_ key: UInt64, _ count: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - count.trailingZeroBitCount))
    }
}
