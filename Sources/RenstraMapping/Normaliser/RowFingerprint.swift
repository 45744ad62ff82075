import ByteOutput

/// A 128-bit fingerprint of a row's data cells, so that rows printed twice are found without
/// keeping every row's text in memory: two SipHash digests of the texts, each preceded by its
/// length, under two keys drawn per process (`SipHashPair`). Two different rows share a
/// fingerprint with a chance of about 2⁻¹²⁸ per pair.
struct RowFingerprint: Hashable, Sendable {
    /// The first digest; its bits are as good as random, so a table may index by them directly.
    let first: Int
    let second: Int

    init(first: Int, second: Int) {
        self.first = first
        self.second = second
    }

    /// Fingerprints the texts of `columns` in order. The texts, each after its length, are
    /// laid end to end first, so that each digest takes them in one go. A length takes seven
    /// bits a byte (LEB128), one byte for most texts: the digests have fewer bytes to read,
    /// and the lengths still tell where each text ends.
    init(_ row: SourceRow, columns: [Int]) {
        // Each length, in at most `LEB128.maxCount` bytes, and the texts.
        var size = 0
        for column in columns { size += LEB128.maxCount + (row.index(of: column).map { row.cells[$0].text.utf8.count } ?? 0) }
        (first, second) = withUnsafeTemporaryAllocation(byteCount: size, alignment: 1) { buffer in
            var end = 0
            for column in columns {
                guard let index = row.index(of: column) else {
                    buffer[end] = 0
                    end += 1
                    continue
                }
                let utf8 = row.cells[index].text.utf8
                end = LEB128.write(UInt64(utf8.count), to: buffer.baseAddress!, at: end)
                let target = UnsafeMutableRawBufferPointer(rebasing: buffer[end..<(end + utf8.count)])
                if utf8.withContiguousStorageIfAvailable({ target.copyMemory(from: UnsafeRawBufferPointer($0)) }) == nil {
                    target.copyBytes(from: utf8)
                }
                end += utf8.count
            }
            let (first, second) = SipHashPair.digests(UnsafeRawBufferPointer(rebasing: buffer[..<end]))
            return (Int(truncatingIfNeeded: first), Int(truncatingIfNeeded: second))
        }
    }
}
