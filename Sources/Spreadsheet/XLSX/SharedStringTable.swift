/// The shared strings of a workbook, stored compactly: the UTF-8 bytes of all of them in one
/// buffer and where each ends. A string becomes a `String` the first time a cell of the sheet
/// being read uses it, and is kept for the rest of that read: the cells that repeat it share one
/// copy, and a string no cell uses costs no object.
struct SharedStringTable {
    private var bytes: [UInt8] = []
    /// `ends[i]` is where string `i` ends in `bytes`; it starts where string `i - 1` ends.
    private var ends: [Int] = []
    /// The strings materialised so far, by index.
    private var materialised: [String?] = []

    var count: Int { ends.count }

    /// Adds the next string.
    mutating func append(_ text: some Collection<UInt8>) {
        bytes.append(contentsOf: text)
        ends.append(bytes.count)
    }

    /// String `index`, which must exist.
    mutating func string(at index: Int) -> String {
        if materialised.isEmpty { materialised = Array(repeating: nil, count: ends.count) }
        if let string = materialised[index] { return string }
        let string = bytes.withUnsafeBufferPointer { String(decoding: $0[byteRange(index)], as: UTF8.self) }
        materialised[index] = string
        return string
    }

    private func byteRange(_ index: Int) -> Range<Int> {
        (index == 0 ? 0 : ends[index - 1])..<ends[index]
    }
}
