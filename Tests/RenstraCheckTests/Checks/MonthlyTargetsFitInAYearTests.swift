import Testing
@testable import RenstraCheck

@Suite struct MonthlyTargetsFitInAYearTests {
    @Test func thirteenMonthsAYearIsReported() {
        let document = Tiny.document([Tiny.node(.program, 3, satuan: "bulan", targets: ["12", "13"], targetAkhir: "25")])
        let findings = MonthlyTargetsFitInAYear().findings(in: CheckContext(document))
        #expect(At.all(findings) == [At("J3", .targetOutOfRange)])
        #expect(findings[0].note(.en)?.contains("with 12 it would be 24") == true)
    }

    @Test func twelveMonthsAndOtherUnitsAreFine() {
        let document = Tiny.document([Tiny.node(.program, 3, satuan: "bulan", targets: ["12", "12"], targetAkhir: "24"),
                                      Tiny.node(.kegiatan, 4, satuan: "dok", targets: ["13", "13"], targetAkhir: "26")])
        #expect(Tiny.found(MonthlyTargetsFitInAYear(), document) == [])
    }
}
