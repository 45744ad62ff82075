import Testing
import RenstraModel

@Suite struct CellLocationTests {
    @Test(arguments: [(1, "A"), (26, "Z"), (27, "AA"), (52, "AZ"), (53, "BA"), (702, "ZZ"), (703, "AAA"), (16_384, "XFD")])
    func columnsAreSpelledAsASpreadsheetSpellsThem(column: Int, letters: String) {
        #expect(CellLocation.columnLetters(column) == letters)
        let cell = CellLocation(sheet: "Tabel 5.1", cell: "\(letters)12")
        #expect(cell.column == column && cell.row == 12 && cell.cell == "\(letters)12")
    }

    @Test func aReferenceAndItsNumbersAreTheSameCell() {
        let spelled = CellLocation(sheet: "S", cell: "P1048576"), numbered = CellLocation(sheet: "S", row: 1_048_576, column: 16)
        #expect(spelled == numbered)
        #expect(numbered.description == "S!P1048576")
        #expect(CellLocation(sheet: "T", row: 1, column: 16) != CellLocation(sheet: "S", row: 1, column: 16))
    }
}

@Suite struct CellLocationPackingTests {
    /// Every corner of the grid, on sheets registered early and late, reads back as given.
    @Test func theCornersOfTheGridReadBack() {
        for sheet in ["Tabel 5.1", "Lampiran \(Int.random(in: 0...1_000_000))"] {
            for (row, column) in [(1, 1), (1, 16_384), (1_048_576, 1), (1_048_576, 16_384), (12, 16)] {
                let cell = CellLocation(sheet: sheet, row: row, column: column)
                #expect(cell.sheet == sheet && cell.row == row && cell.column == column)
            }
        }
        #expect(CellLocation(sheet: "S", row: 2, column: 1) != CellLocation(sheet: "S", row: 1, column: 2))
    }
}
