@testable import RenstraCheck
import Testing

/// `AmountCells` keeps marks in the lowest Int64 values; an amount that falls there must still
/// come back exact, and a mark must not read as an amount.
@Suite struct AmountCellsTests {
    @Test func everyAmountComesBackExactlyBesideTheMarks() {
        let amounts: [Int64] = [0, 150_000_000, -1, .max, .min, .min + 1, .min + 2, .min + 3, .min + 4]
        var cells = AmountCells(count: amounts.count + 1, .absent)
        for (place, amount) in amounts.enumerated() { cells.set(place, amount) }
        #expect(amounts.indices.map { cells[$0] } == amounts)
        #expect(cells[amounts.count] == nil)
        #expect(cells.holds(.absent, at: amounts.count))
        #expect(!amounts.indices.contains { cells.holds(.absent, at: $0) || cells.holds(.unreadable, at: $0) })
    }

    @Test func aCellKeptAsideCanBeOverwritten() {
        var cells = AmountCells(count: 2, .undecidable)
        cells.set(0, Int64.min + 1)
        cells.set(0, 42)
        cells.set(1, Int64.min)
        cells.set(1, .unreadable)
        #expect(cells[0] == 42)
        #expect(cells[1] == nil)
        #expect(cells.holds(.unreadable, at: 1))
        cells.set(1, nil, or: .undecidable)
        #expect(cells.holds(.undecidable, at: 1))
    }
}
