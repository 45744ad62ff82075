import Testing
@testable import RenstraMapping

@Suite struct SeenRowsTests {
    @Test func aFingerprintSeenBeforeGivesItsFirstRow() {
        var seen = SeenRows()
        let fingerprint = RowFingerprint(first: 42, second: 7)
        #expect(seen.firstRow(of: fingerprint, seenAt: 10) == nil)
        #expect(seen.firstRow(of: fingerprint, seenAt: 12) == 10)
        #expect(seen.firstRow(of: fingerprint, seenAt: 15) == 10)
    }

    @Test func fingerprintsThatShareTheirIndexingBitsStayApart() {
        var seen = SeenRows()
        // Same first digest (the same slot), different second: different rows.
        #expect(seen.firstRow(of: RowFingerprint(first: 5, second: 1), seenAt: 1) == nil)
        #expect(seen.firstRow(of: RowFingerprint(first: 5, second: 2), seenAt: 2) == nil)
        #expect(seen.firstRow(of: RowFingerprint(first: 5, second: 2), seenAt: 3) == 2)
        #expect(seen.firstRow(of: RowFingerprint(first: 5, second: 1), seenAt: 4) == 1)
    }

    @Test func everyRowIsKeptAsTheTableGrows() {
        var seen = SeenRows()
        // Digests that crowd a few slots and run past the table's end, over many doublings.
        for row in 1...5_000 {
            #expect(seen.firstRow(of: RowFingerprint(first: (row % 97) &* 1_000_003 - 3, second: row), seenAt: row) == nil)
        }
        for row in 1...5_000 {
            #expect(seen.firstRow(of: RowFingerprint(first: (row % 97) &* 1_000_003 - 3, second: row), seenAt: row + 5_000) == row)
        }
    }
}
