import Foundation
import RenstraModel
import Testing

/// A large table holds millions of figures and cell locations, so their size is part of what
/// `renstra check` needs in memory (BENCHMARKS.md). These hold the sizes the layout was chosen for.
@Suite struct FigureLayoutTests {
    @Test func aCellLocationTakesEightBytes() {
        #expect(MemoryLayout<CellLocation>.size == 8)
    }

    @Test func aPaguTakesFortyEightBytes() {
        #expect(MemoryLayout<Pagu>.stride == 48)
        #expect(MemoryLayout<Pagu?>.stride == 48)
    }

    @Test func aTargetTakesFortyEightBytes() {
        // A Decimal alone is 20 bytes.
        #expect(MemoryLayout<Target>.stride == 48)
    }
}
