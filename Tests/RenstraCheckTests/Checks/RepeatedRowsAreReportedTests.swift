import Testing
@testable import RenstraCheck
import RenstraModel

@Suite struct RepeatedRowsAreReportedTests {
    @Test func aRepeatIsReportedAtItsOwnRowInTheCodeColumn() {
        let repeatRow = IgnoredRow(row: RowLocation(sheet: Tiny.sheet, row: 9), reason: .repeatedRow, excerpt: "2",
                                   repeats: RowLocation(sheet: Tiny.sheet, row: 4))
        let header = IgnoredRow(row: RowLocation(sheet: Tiny.sheet, row: 8), reason: .header, excerpt: "Kode")
        let document = Tiny.document([Tiny.node(.kegiatan, 4, kode: "2 11 15 2", nomor: "1")], ignored: [header, repeatRow])
        let findings = RepeatedRowsAreReported().findings(in: CheckContext(document))
        #expect(At.all(findings) == [At("B9", .duplicateRow)])
        #expect(findings[0].related.map(\.cell) == ["B4"])
        #expect(findings[0].message(.en) == "Row 9 repeats row 4 and was left out.")
    }
}
