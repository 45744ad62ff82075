import Foundation
import RenstraModel
import Testing

/// A large table holds millions of figures and cell locations, so their size is part of what
/// `renstra check` needs in memory (BENCHMARKS.md). These hold the sizes the layout was chosen for.
@Suite struct FigureLayoutTests {
    @Test func aCellLocationTakesEightBytes() {
        #expect(MemoryLayout<CellLocation>.size == 8)
    }

    @Test func aFigureTakesTwentyFourBytes() {
        // Its cell, and either a value packed in a word with its print form or a reference to
        // the figure kept out of line.
        #expect(MemoryLayout<Pagu>.stride == 24)
        #expect(MemoryLayout<Pagu?>.stride == 24)
        #expect(MemoryLayout<Target>.stride == 24)
        #expect(MemoryLayout<Target?>.stride == 24)
    }
}
