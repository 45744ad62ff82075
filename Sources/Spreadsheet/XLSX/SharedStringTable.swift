/// The shared strings of a workbook, stored compactly: the UTF-8 bytes of all of them in one
/// buffer and where each ends. A string becomes a `String` each time a cell uses it; from its
/// second use on, one copy is kept for the rest of that read, which the cells that repeat it
/// share. A string used once (a kegiatan's name) costs no lasting object, so a sheet of a
/// million distinct names streams in little more memory than their bytes.
struct SharedStringTable {
    private var bytes: [UInt8] = []
    /// `ends[i]` is where string `i` ends in `bytes`; it starts where string `i - 1` ends.
    private var ends: [Int] = []
    /// For each string: `neverUsed`, `usedOnce`, or where its kept copy is in `kept`.
    private var uses: [Int32] = []
    private var kept: [String] = []
    private static let neverUsed: Int32 = -2, usedOnce: Int32 = -1

    /// Most bytes reserved ahead: a part declaring more grows as it is read.
    static let maxReservedBytes = 256 << 20

    /// A table for a part of `partBytes` bytes: its texts take fewer, so their buffer is
    /// reserved at once instead of grown by doubling, which at its last step holds the old and
    /// the new buffer together. Untouched reserved pages take no memory.
    init(partBytes: UInt64 = 0) {
        bytes.reserveCapacity(Int(min(partBytes, UInt64(Self.maxReservedBytes))))
    }

    var count: Int { ends.count }

    /// Adds the next string.
    mutating func append(_ text: some Collection<UInt8>) {
        bytes.append(contentsOf: text)
        ends.append(bytes.count)
    }

    /// String `index`, which must exist.
    mutating func string(at index: Int) -> String {
        if uses.isEmpty { uses = Array(repeating: Self.neverUsed, count: ends.count) }
        let use = uses[index]
        if use >= 0 { return kept[Int(use)] }
        let string = bytes.withUnsafeBufferPointer { String(decoding: $0[byteRange(index)], as: UTF8.self) }
        if use == Self.neverUsed {
            uses[index] = Self.usedOnce
        } else {
            uses[index] = Int32(kept.count)
            kept.append(string)
        }
        return string
    }

    private func byteRange(_ index: Int) -> Range<Int> {
        (index == 0 ? 0 : ends[index - 1])..<ends[index]
    }
}
