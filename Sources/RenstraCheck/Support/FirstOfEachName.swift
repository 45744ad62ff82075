/// The first of each different name met so far, under a 64-bit hash of the whole name: an
/// open-addressing table of positions, sized once for the names to come and at most two thirds
/// full. A slot keeps 32 bits of the key, as a filter: different names may share a key anyway,
/// so the caller says which earlier name is the same.
struct FirstOfEachName {
    /// Part of a name's key and its position; a position of -1 marks an empty slot.
    private struct Slot {
        var key: UInt32
        var position: Int32
    }

    private var slots: [Slot]
    private var room: Int

    /// Room for `count` different names.
    init(count: Int) {
        slots = Array(repeating: Slot(key: 0, position: -1), count: count * 3 / 2 + 1)
        room = count
    }

    /// The position of the first name met under `key` that `isSame` says is the name at
    /// `position`; `position` itself, met as the first of its name, when there is none.
    mutating func first(of position: Int32, under key: UInt64, isSame: (Int32) -> Bool) -> Int32 {
        let kept = UInt32(truncatingIfNeeded: key >> 32)
        var slot = BucketTable.home(key, slots.count)
        while slots[slot].position >= 0 {
            if slots[slot].key == kept && isSame(slots[slot].position) { return slots[slot].position }
            slot = slot + 1 == slots.count ? 0 : slot + 1
        }
        precondition(room > 0, "more different names than the table was sized for")
        room -= 1
        slots[slot] = Slot(key: kept, position: position)
        return position
    }
}
