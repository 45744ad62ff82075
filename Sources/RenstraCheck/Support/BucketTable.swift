/// Where lists under 64-bit keys stand in one flat store that the caller keeps, each list
/// contiguous and in the order filed. The room each list takes is reserved first, one place at
/// a time; `layOut()` then places the lists one after another, and every place reserved is
/// filed in turn, no more. An open-addressing table leads from each key to its list: half to
/// three quarters full while room is reserved, then, once the lists are known, rebuilt 60 %
/// full for the reading. Keys may be hashes that collide: whoever reads a list checks what it
/// finds.
struct BucketTable {
    /// A key and its list: where the list starts in the store and how long it is (while
    /// reserving, how long it will be); a start of -1 marks an empty slot.
    private struct Slot {
        var key: UInt64
        var start: Int32
        var count: Int32
    }

    private static let empty = Slot(key: 0, start: -1, count: 0)
    private var slots = Array(repeating: empty, count: 1024)
    private var lists = 0
    private var laidOut = false

    /// Makes room under `key` for one more place.
    mutating func reserve(under key: UInt64) {
        precondition(!laidOut, "reserved after the lists were laid out")
        if 4 * (lists + 1) > 3 * slots.count { rebuild(slots: slots.count * 3 / 2) }
        let slot = place(key)
        if slots[slot].start < 0 {
            slots[slot] = Slot(key: key, start: 0, count: 0)
            lists += 1
        }
        slots[slot].count += 1
    }

    /// Places the lists one after another, each as long as reserved, and empties them; returns
    /// how long the store must be.
    mutating func layOut() -> Int {
        rebuild(slots: lists * 5 / 3 + 1)
        laidOut = true
        var total = 0
        for slot in slots.indices where slots[slot].start >= 0 {
            slots[slot].start = Int32(total)
            total += Int(slots[slot].count)
            slots[slot].count = 0
        }
        return total
    }

    /// Adds a place to the list under `key`, where room was reserved, and returns it.
    mutating func file(under key: UInt64) -> Int {
        let slot = place(key)
        precondition(laidOut && slots[slot].start >= 0, "no room was reserved under the key")
        slots[slot].count += 1
        return Int(slots[slot].start + slots[slot].count - 1)
    }

    /// Reads the first slot of each of `keys`, so that the slots `list` reads next are fetched
    /// from memory together rather than one after another; returns a value only to be kept alive.
    func touch(_ keys: [UInt64]) -> Int32 {
        slots.withUnsafeBufferPointer { slots in
            var sum: Int32 = 0
            for key in keys { sum &+= slots[Self.home(key, slots.count)].start }
            return sum
        }
    }

    /// The places filed under `key`, oldest first; empty for none.
    func list(_ key: UInt64) -> Range<Int> {
        precondition(laidOut, "read before the lists were laid out")
        return slots.withUnsafeBufferPointer { slots in
            var slot = Self.home(key, slots.count)
            while slots[slot].start >= 0 {
                if slots[slot].key == key { return Int(slots[slot].start)..<Int(slots[slot].start + slots[slot].count) }
                slot = slot + 1 == slots.count ? 0 : slot + 1
            }
            return 0..<0
        }
    }

    /// The slot holding `key`, or the empty slot where it would go.
    private func place(_ key: UInt64) -> Int {
        var slot = Self.home(key, slots.count)
        while slots[slot].start >= 0 && slots[slot].key != key { slot = slot + 1 == slots.count ? 0 : slot + 1 }
        return slot
    }

    /// Moves the lists into a table of `count` slots.
    private mutating func rebuild(slots count: Int) {
        let old = slots
        slots = Array(repeating: Self.empty, count: count)
        for entry in old where entry.start >= 0 {
            let slot = place(entry.key)
            slots[slot] = entry
        }
    }

    /// Where `key` is sought first in a table of `count` slots: its hash (Fibonacci hashing)
    /// scaled to the table.
    static func home(_ key: UInt64, _ count: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15).multipliedFullWidth(by: UInt64(count)).high)
    }
}
