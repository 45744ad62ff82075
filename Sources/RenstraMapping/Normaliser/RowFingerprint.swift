/// A 128-bit FNV-1a fingerprint of a row's data cells, so that rows printed twice are found
/// without keeping every row's text in memory. Two different rows share a fingerprint with a
/// chance of about 2⁻¹²⁸ per pair.
struct RowFingerprint: Hashable {
    private static let offsetBasis: UInt128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d
    private static let prime: UInt128 = 0x0000_0000_0100_0000_0000_0000_0000_013b

    private let value: UInt128

    /// Fingerprints the texts of `columns` in order, each followed by a separator byte.
    init(_ row: SourceRow, columns: [Int]) {
        var hash = Self.offsetBasis
        for column in columns {
            for byte in row.text(column).utf8 {
                hash = (hash ^ UInt128(byte)) &* Self.prime
            }
            hash = (hash ^ 0x1F) &* Self.prime
        }
        value = hash
    }
}
