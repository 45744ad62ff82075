import Testing
@testable import RenstraCheck
import RenstraModel

@Suite struct EndOfPeriodTargetFollowsItsRuleTests {
    static func rows(_ rows: [(satuan: String, targets: [String], akhir: String?)]) -> RenstraDocument {
        Tiny.document(rows.enumerated().map { index, row in
            Tiny.node(.kegiatan, 3 + index, satuan: row.satuan, targets: row.targets, targetAkhir: row.akhir)
        })
    }

    @Test func countsAreSummed() {
        let document = Self.rows([("org", ["30", "30"], "60"), ("org", ["30", "30"], "70")])
        #expect(Tiny.found(EndOfPeriodTargetFollowsItsRule(), document) == [At("L4", .targetTotalMismatch)])
    }

    @Test func aStockAmongSummedCountsIsInconsistent() {
        let document = Self.rows([("org", ["30", "30"], "60"), ("kop", ["10", "20"], "30"), ("kop", ["30", "50"], "50")])
        let findings = EndOfPeriodTargetFollowsItsRule().findings(in: CheckContext(document))
        #expect(At.all(findings) == [At("L5", .targetTotalMismatch)])
        #expect(findings[0].expected == .number(80))
        #expect(findings[0].note(.en)?.contains("inconsistent rather than wrong") == true)
    }

    @Test func percentagesTakeTheLastYear() {
        let document = Self.rows([("%", ["27", "28"], "28"), ("persen", ["27", "28"], "55")])
        #expect(Tiny.found(EndOfPeriodTargetFollowsItsRule(), document) == [At("L4", .targetTotalMismatch)])
    }

    @Test func monthsFollowTheTablesOwnConvention() {
        let summing = Self.rows([("bulan", ["12", "12"], "24"), ("bln", ["12", "12"], "24"), ("bulan", ["12", "12"], "12")])
        #expect(Tiny.found(EndOfPeriodTargetFollowsItsRule(), summing) == [At("L5", .targetTotalMismatch)])
        let constant = Self.rows([("bulan", ["12", "12"], "12"), ("bulan", ["12", "12"], "12"), ("bulan", ["12", "12"], "24")])
        #expect(Tiny.found(EndOfPeriodTargetFollowsItsRule(), constant) == [At("L5", .targetTotalMismatch)])
    }

    @Test func anEmptyEndOfPeriodTargetIsReported() {
        let findings = EndOfPeriodTargetFollowsItsRule().findings(in: CheckContext(Self.rows([("kali", ["1", "-"], "")])))
        #expect(At.all(findings) == [At("L3", .targetTotalMismatch)])
        #expect(findings[0].actual == .empty)
        #expect(findings[0].expected == .number(1))
    }

    @Test func unreadableTargetsAreLeftToTheirOwnCheck() {
        #expect(Tiny.found(EndOfPeriodTargetFollowsItsRule(), Self.rows([("lbr", ["######", "5"], "9")])) == [])
    }
}
