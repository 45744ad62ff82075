import Testing
@testable import Spreadsheet
@testable import RenstraMapping

/// The top of a sheet is read once for all the mappings tried on it; a probe that wants more
/// rows gets them, and a read that fails fails at the row where it failed.
@Suite struct SheetTopTests {
    /// A sheet of `rowCount` rows of `width` cells that fails after `failingAfter` rows, counting its reads.
    private final class CountingReader: WorkbookReader {
        struct Broken: Error, Equatable {}
        let file = "counted.xlsx"
        let sheets = [SheetInfo(name: "Renstra", index: 0, visibility: .visible, partName: "xl/worksheets/sheet1.xml")]
        let notes: [ReadNote] = []
        let rowCount: Int
        let width: Int
        let failingAfter: Int?
        private(set) var reads = 0

        init(rows: Int, width: Int = 1, failingAfter: Int? = nil) {
            rowCount = rows
            self.width = width
            self.failingAfter = failingAfter
        }

        func readRows(of sheet: SheetInfo, _ body: (Row) throws -> Void) throws -> SheetLayout {
            reads += 1
            for number in 1...rowCount {
                if let failingAfter, number > failingAfter { throw Broken() }
                try body(Row(number: number, cells: (1...width).map { Cell(address: CellAddress(row: number, column: $0)!, value: .text("\(number)")) }))
            }
            return SheetLayout()
        }
    }

    private struct Stop: Error {}

    /// The numbers of the rows `top` gives until `wanted` of them.
    private func numbers(_ top: SheetTop, wanted: Int) throws -> [Int] {
        var numbers: [Int] = []
        do {
            try top.forEachRow { row in
                numbers.append(row.number)
                if numbers.count == wanted { throw Stop() }
            }
        } catch is Stop {}
        return numbers
    }

    @Test func probesWithinTheTopShareOneRead() throws {
        let reader = CountingReader(rows: 500)
        let top = SheetTop(reader, sheet: reader.sheets[0], rows: 100)
        for wanted in [100, 30, 100, 1] {
            #expect(try numbers(top, wanted: wanted) == Array(1...wanted))
        }
        #expect(reader.reads == 1)
    }

    @Test func aProbeWantingMoreRowsGetsThemAll() throws {
        let reader = CountingReader(rows: 500)
        let top = SheetTop(reader, sheet: reader.sheets[0], rows: 10)
        #expect(try numbers(top, wanted: 1_000) == Array(1...500))
        #expect(try numbers(top, wanted: 1_000) == Array(1...500))
        #expect(reader.reads == 7)
    }

    @Test func aSmallSheetIsHeldWhole() throws {
        let small = CountingReader(rows: 800), large = CountingReader(rows: 1_500)
        let smallTop = SheetTop(small, sheet: small.sheets[0], rows: 100, wholeUpTo: 1_000)
        let largeTop = SheetTop(large, sheet: large.sheets[0], rows: 100, wholeUpTo: 1_000)
        #expect(smallTop.wholeSheet == nil)
        _ = try numbers(smallTop, wanted: 1)
        _ = try numbers(largeTop, wanted: 1)
        #expect(smallTop.wholeSheet?.map(\.number) == Array(1...800))
        #expect(largeTop.wholeSheet == nil)
        #expect(small.reads == 1 && large.reads == 1)
    }

    /// Past the rows the probes need, a wide sheet is not held beyond the cell budget; the
    /// rows the probes need are there all the same, and more come by reading further.
    @Test func aWideSheetIsHeldOnlyWithinTheBudget() throws {
        let wide = CountingReader(rows: 900, width: 1_000)
        let top = SheetTop(wide, sheet: wide.sheets[0], rows: 50, wholeUpTo: 1_000)
        #expect(try numbers(top, wanted: 50) == Array(1...50))
        #expect(top.wholeSheet == nil)
        #expect(wide.reads == 1)
        #expect(try numbers(top, wanted: 900) == Array(1...900))
        #expect(top.wholeSheet?.count == 900)
    }

    @Test func aFailedReadFailsWhereItFailed() throws {
        let reader = CountingReader(rows: 500, failingAfter: 40)
        let top = SheetTop(reader, sheet: reader.sheets[0], rows: 100)
        #expect(try numbers(top, wanted: 40) == Array(1...40))
        var seen = 0
        #expect(throws: CountingReader.Broken()) {
            try top.forEachRow { _ in seen += 1 }
        }
        #expect(seen == 40)
        #expect(reader.reads == 1)
        #expect(top.wholeSheet == nil)
    }
}
