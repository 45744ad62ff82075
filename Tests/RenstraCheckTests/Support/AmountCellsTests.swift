@testable import RenstraCheck
import Testing

/// `AmountCells` keeps "no amount" in the lowest Int64 value; an amount that falls on one of
/// the two lowest must still come back exact, and a cell without one must not read as an amount.
@Suite struct AmountCellsTests {
    @Test func everyAmountComesBackExactlyBesideTheCellsWithout() {
        let amounts: [Int64?] = [0, 150_000_000, nil, -1, .max, .min, .min + 1, .min + 2, nil, .min + 3]
        var cells = AmountCells()
        for amount in amounts { cells.append(amount) }
        cells.fit()
        #expect(cells.count == amounts.count)
        #expect(amounts.indices.map { cells[$0] } == amounts)
    }

    @Test func aCellKeptAsideCanBeOverwritten() {
        var cells = AmountCells()
        cells.append(Int64.min + 1)
        cells.append(Int64.min)
        cells[0] = 42
        cells[1] = nil
        #expect(cells[0] == 42)
        #expect(cells[1] == nil)
        cells[1] = Int64.min
        cells[0] = nil
        #expect(cells[1] == Int64.min && cells[0] == nil)
    }
}
