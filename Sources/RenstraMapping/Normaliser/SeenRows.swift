/// The data rows seen so far, by fingerprint, with the row each was first seen at: an
/// open-addressed table that indexes by the fingerprint's own bits (a digest already) instead
/// of hashing it again, and finds or adds a row in one probe.
struct SeenRows {
    /// A fingerprint and the row it was first seen at; row 0 marks an empty slot.
    private struct Slot {
        var fingerprint: RowFingerprint
        var row: Int32
    }

    private var slots: [Slot]
    private var count = 0
    /// Slots minus one: the table's size is a power of two.
    private var mask: Int

    init() {
        slots = Array(repeating: Self.empty, count: 16)
        mask = 15
    }

    private static let empty = Slot(fingerprint: RowFingerprint(first: 0, second: 0), row: 0)

    /// The row `fingerprint` was first seen at; nil, and `row` noted as its first, when it is new.
    mutating func firstRow(of fingerprint: RowFingerprint, seenAt row: Int) -> Int? {
        precondition(row > 0 && row <= Int(Int32.max), "row \(row) is outside the sheet")
        if (count + 1) * 2 > slots.count { grow() }
        var place = fingerprint.first & mask
        while slots[place].row != 0 {
            if slots[place].fingerprint == fingerprint { return Int(slots[place].row) }
            place = (place + 1) & mask
        }
        slots[place] = Slot(fingerprint: fingerprint, row: Int32(row))
        count += 1
        return nil
    }

    /// Doubles the table, keeping it at most half full so that probes stay short.
    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Self.empty, count: old.count * 2)
        mask = slots.count - 1
        for slot in old where slot.row != 0 {
            var place = slot.fingerprint.first & mask
            while slots[place].row != 0 { place = (place + 1) & mask }
            slots[place] = slot
        }
    }
}
