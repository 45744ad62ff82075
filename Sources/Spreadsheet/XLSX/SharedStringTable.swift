/// The shared strings of a workbook, stored compactly: their UTF-8 bytes in `TextBlocks`,
/// deflated in blocks when the table is large. A string becomes a `String` each time a cell uses
/// it; from its second use on, one copy is kept for the rest of that read, which the cells that
/// repeat it share. A string used once (a kegiatan's name) costs no lasting object, so a sheet of
/// a million distinct names streams in a fraction of their bytes.
struct SharedStringTable {
    private var texts: TextBlocks
    /// For each string: `neverUsed`, `usedOnce`, or where its kept copy is in `kept`.
    private var uses: [Int32] = []
    private var kept: [String] = []
    private static let neverUsed: Int32 = -2, usedOnce: Int32 = -1

    /// A table for a part of `partBytes` bytes: its texts take fewer, so the room for the plain
    /// ones is reserved at once instead of grown by doubling, which at its last step holds the
    /// old and the new buffer together. Untouched reserved pages take no memory.
    init(partBytes: UInt64 = 0) {
        texts = TextBlocks(reserving: Int(min(partBytes, UInt64(Int.max))))
    }

    var count: Int { texts.count }

    /// Adds the next string.
    mutating func append(_ text: some Collection<UInt8>) {
        texts.append(text)
    }

    /// String `index`, which must exist.
    mutating func string(at index: Int) -> String {
        if uses.isEmpty { uses = Array(repeating: Self.neverUsed, count: count) }
        let use = uses[index]
        if use >= 0 { return kept[Int(use)] }
        let string = texts.withText(index) { String(decoding: $0, as: UTF8.self) }
        if use == Self.neverUsed {
            uses[index] = Self.usedOnce
        } else {
            uses[index] = Int32(kept.count)
            kept.append(string)
        }
        return string
    }
}
