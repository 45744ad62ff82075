/// A 128-bit fingerprint of a row's data cells, so that rows printed twice are found without
/// keeping every row's text in memory: two SipHash digests (Swift's `Hasher`, keyed per
/// process) of the texts, told apart by a leading byte. Two different rows share a
/// fingerprint with a chance of about 2⁻¹²⁸ per pair.
struct RowFingerprint: Hashable {
    private let first: Int
    private let second: Int

    /// Fingerprints the texts of `columns` in order, each followed by a separator byte;
    /// `bytes` is scratch space, reused from row to row.
    init(_ row: SourceRow, columns: [Int], bytes: inout [UInt8]) {
        bytes.removeAll(keepingCapacity: true)
        for column in columns {
            bytes.append(contentsOf: row.text(column).utf8)
            bytes.append(0x1F)
        }
        var first = Hasher(), second = Hasher()
        first.combine(0 as UInt8)
        second.combine(1 as UInt8)
        bytes.withUnsafeBytes { text in
            first.combine(bytes: text)
            second.combine(bytes: text)
        }
        self.first = first.finalize()
        self.second = second.finalize()
    }
}
