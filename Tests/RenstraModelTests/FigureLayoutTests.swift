import Foundation
import RenstraModel
import Testing

/// A large table holds millions of figures and cell locations, so their size is part of what
/// `renstra check` needs in memory (BENCHMARKS.md). These hold the sizes the layout was chosen for.
@Suite struct FigureLayoutTests {
    @Test func aCellLocationTakesTwelveBytes() {
        #expect(MemoryLayout<CellLocation>.size == 12)
    }

    @Test func aPaguTakesFortyEightBytes() {
        #expect(MemoryLayout<Pagu>.stride == 48)
        #expect(MemoryLayout<Pagu?>.stride == 48)
    }

    @Test func aTargetTakesFiftySixBytes() {
        // A Decimal alone is 20 bytes; the state, text and cell leave no padding to fill.
        #expect(MemoryLayout<Target>.stride == 56)
    }
}
