import Foundation
import RenstraModel
import Testing

/// A large table holds millions of figures and cell locations, so their size is part of what
/// `renstra check` needs in memory (BENCHMARKS.md). These hold the sizes the layout was chosen for.
@Suite struct FigureLayoutTests {
    @Test func aCellLocationTakesEightBytes() {
        #expect(MemoryLayout<CellLocation>.size == 8)
    }

    @Test func aFigureTakesThirtyTwoBytes() {
        // A value packed in a word, its print form, its cell, and a reference for what is
        // kept out of line.
        #expect(MemoryLayout<Pagu>.stride == 32)
        #expect(MemoryLayout<Pagu?>.stride == 32)
        #expect(MemoryLayout<Target>.stride == 32)
        #expect(MemoryLayout<Target?>.stride == 32)
    }
}
