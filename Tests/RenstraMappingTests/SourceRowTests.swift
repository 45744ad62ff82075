import Spreadsheet
import Testing
@testable import RenstraMapping

@Suite struct SourceRowTests {
    private func cell(_ column: Int, _ value: CellValue) -> Cell {
        Cell(address: CellAddress(row: 7, column: column)!, value: value)
    }

    @Test func cellsKeepTheirTrimmedTextKindAndValueAsRead() throws {
        let number = try #require(NumberText("150000000"))
        let row = SourceRow(Row(number: 7, cells: [
            cell(1, .text("  2 11 ")), cell(2, .text(" \n ")), cell(3, .number(number)), cell(4, .error("#N/A")),
            cell(16_384, .boolean(true)),
        ]))
        #expect(row.cells.map(\.column) == [1, 3, 4, 16_384])
        #expect(row.cells.map(\.text) == ["2 11", "150000000", "#N/A", "TRUE"])
        #expect(row.cells.map(\.kind) == [.text, .number, .other, .other])
        // The value as read, not as trimmed: the blank cell before does not shift positions.
        #expect(row.cells.map { row.value(of: $0) } == [.text("  2 11 "), .number(number), .error("#N/A"), .boolean(true)])
    }

    @Test func cellsOutOfOrderAreSortedAndTheLastOfAColumnKeptWithItsOwnValue() {
        let row = SourceRow(Row(number: 7, cells: [cell(3, .text("c")), cell(1, .text("a")), cell(3, .text(" d"))]))
        #expect(row.cells.map(\.text) == ["a", "d"])
        #expect(row.cells.map { row.value(of: $0) } == [.text("a"), .text(" d")])
        #expect(row.text(3) == "d")
        #expect(!row.holds(2))
    }
}
