/// How many of a name's bytes fall in each of 16 classes (a byte's low four bits), each count
/// kept modulo 4, in two bits of one word. One edit changes the counts by at most two in all,
/// so names whose counts differ by more than twice the allowed edits cannot be a typo apart.
/// Two counts are compared the shorter way round the circle of 4, which never makes them
/// further apart than they are (only, when they differ by 3 or more, closer). So few bits set
/// nearly as many names aside as whole counts would, and keep the lists that hold them small.
struct LetterCounts {
    private let counts: UInt32

    /// The counts of no letters.
    init() { counts = 0 }

    init(_ name: UnsafeBufferPointer<UInt8>) {
        var counts: UInt32 = 0
        for byte in name {
            let one: UInt32 = 1 << (UInt32(byte & 0x0F) << 1)
            counts ^= one | (counts & one) << 1
        }
        self.counts = counts
    }

    /// Whether the counts differ from `other`'s by at most `limit` in all.
    func isWithin(_ limit: Int, of other: LetterCounts) -> Bool {
        let high: UInt32 = 0xAAAA_AAAA, low: UInt32 = 0x5555_5555
        // Each count minus the other's, modulo 4, two bits by two bits; then 3 as 1, the nearer way.
        let ahead = ((counts | high) &- (other.counts & low)) ^ ((counts ^ ~other.counts) & high)
        let near = ahead &- (ahead & ahead >> 1 & low) << 1
        let fours = (near & 0x3333_3333) &+ (near >> 2 & 0x3333_3333)
        let bytes = (fours &+ fours >> 4) & 0x0F0F_0F0F
        return Int((bytes &* 0x0101_0101) >> 24) <= limit
    }
}
