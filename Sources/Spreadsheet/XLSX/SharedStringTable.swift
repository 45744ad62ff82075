/// The shared strings of a workbook, stored compactly: the UTF-8 bytes of all of them in one
/// buffer and where each ends. A string becomes a `String` only when a cell uses it, so a large
/// table costs its text and one offset per string, not an object per string.
struct SharedStringTable {
    private var bytes: [UInt8] = []
    /// `ends[i]` is where string `i` ends in `bytes`; it starts where string `i - 1` ends.
    private var ends: [Int] = []

    var count: Int { ends.count }

    /// Adds the next string.
    mutating func append(_ text: some Collection<UInt8>) {
        bytes.append(contentsOf: text)
        ends.append(bytes.count)
    }

    /// Whether string `index` (which must exist) is empty.
    func isEmpty(at index: Int) -> Bool { byteRange(index).isEmpty }

    /// String `index`, which must exist.
    subscript(index: Int) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: $0[byteRange(index)], as: UTF8.self) }
    }

    private func byteRange(_ index: Int) -> Range<Int> {
        (index == 0 ? 0 : ends[index - 1])..<ends[index]
    }
}
