/// A 128-bit fingerprint of a row's data cells, so that rows printed twice are found without
/// keeping every row's text in memory: two SipHash digests (Swift's `Hasher`, keyed per
/// process) of the texts, each preceded by its length, told apart by a leading byte. Two
/// different rows share a fingerprint with a chance of about 2⁻¹²⁸ per pair.
struct RowFingerprint: Hashable {
    private let first: Int
    private let second: Int

    /// Fingerprints the texts of `columns` in order.
    init(_ row: SourceRow, columns: [Int]) {
        var first = Hasher(), second = Hasher()
        first.combine(0 as UInt8)
        second.combine(1 as UInt8)
        for column in columns {
            var text = row.text(column)
            text.withUTF8 { bytes in
                first.combine(bytes.count)
                first.combine(bytes: UnsafeRawBufferPointer(bytes))
                second.combine(bytes.count)
                second.combine(bytes: UnsafeRawBufferPointer(bytes))
            }
        }
        self.first = first.finalize()
        self.second = second.finalize()
    }
}
