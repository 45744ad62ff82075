import Testing
@testable import RenstraCheck
import RenstraModel

@Suite struct YearlyRpIsNotTenTimesOffTests {
    @Test func aDroppedZeroIsReportedWithTheLikelyValue() {
        let document = Tiny.document([Tiny.node(.kegiatan, 3, targets: ["90", "90", "90", "90"], targetAkhir: "360",
                                                pagu: ["250000000", "250000000", "25000000", "250000000"], paguAkhir: "775000000")])
        let findings = YearlyRpIsNotTenTimesOff().findings(in: CheckContext(document))
        #expect(At.all(findings) == [At("O3", .numberOutlier)])
        #expect(findings[0].expected == .money(Rupiah(250_000_000)))
    }

    @Test func anExtraZeroIsReportedToo() {
        let document = Tiny.document([Tiny.node(.kegiatan, 3, pagu: ["40", "400", "40", "-"], paguAkhir: "480")])
        #expect(Tiny.found(YearlyRpIsNotTenTimesOff(), document) == [At("K3", .numberOutlier)])
    }

    @Test func aSumVouchedForByItsPartsIsNotAnOutlier() {
        let kegiatan = [4, 5].map { Tiny.node(.kegiatan, $0, pagu: ["70", "700", "700"], paguAkhir: "1470") }
        let program = Tiny.node(.program, 3, pagu: ["140", "1400", "1400"], paguAkhir: "2940", children: kegiatan)
        #expect(Tiny.found(YearlyRpIsNotTenTimesOff(), Tiny.document([program])).map(\.cell) == ["I4", "I5"])
    }

    @Test func ordinaryGrowthIsFine() {
        let document = Tiny.document([Tiny.node(.kegiatan, 3, pagu: ["100", "150", "220", "300"], paguAkhir: "770")])
        #expect(Tiny.found(YearlyRpIsNotTenTimesOff(), document) == [])
    }
}
