/// A 128-bit fingerprint of a row's data cells, so that rows printed twice are found without
/// keeping every row's text in memory: two SipHash digests (Swift's `Hasher`, keyed per
/// process) of the texts, each preceded by its length, told apart by a leading byte. Two
/// different rows share a fingerprint with a chance of about 2⁻¹²⁸ per pair.
struct RowFingerprint: Hashable, Sendable {
    /// The first digest; its bits are as good as random, so a table may index by them directly.
    let first: Int
    let second: Int

    init(first: Int, second: Int) {
        self.first = first
        self.second = second
    }

    /// Fingerprints the texts of `columns` in order. The texts and their lengths are laid end
    /// to end first, so that each digest takes them in one go.
    init(_ row: SourceRow, columns: [Int]) {
        let lengthSize = MemoryLayout<Int>.size
        var size = 0
        for column in columns { size += lengthSize + (row.cell(column)?.text.utf8.count ?? 0) }
        (first, second) = withUnsafeTemporaryAllocation(byteCount: size, alignment: 1) { buffer in
            var end = 0
            for column in columns {
                var text = row.text(column)
                text.withUTF8 { bytes in
                    buffer.storeBytes(of: bytes.count, toByteOffset: end, as: Int.self)
                    end += lengthSize
                    UnsafeMutableRawBufferPointer(rebasing: buffer[end..<(end + bytes.count)])
                        .copyMemory(from: UnsafeRawBufferPointer(bytes))
                    end += bytes.count
                }
            }
            let texts = UnsafeRawBufferPointer(buffer)
            var first = Hasher(), second = Hasher()
            first.combine(0 as UInt8)
            second.combine(1 as UInt8)
            first.combine(bytes: texts)
            second.combine(bytes: texts)
            return (first.finalize(), second.finalize())
        }
    }
}
