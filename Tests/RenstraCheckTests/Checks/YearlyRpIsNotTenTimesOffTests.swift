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

    /// The shortcut that passes over values near the typical one agrees with trying each power.
    @Test func powersOfTenAreFoundExactlyAtTheEdges() {
        func tried(_ value: Int64, _ typical: Int64) -> Int? {
            [1, 2, 3, -1, -2, -3].first { power in
                let scale = Int128((0..<abs(power)).reduce(Int64(1)) { value, _ in value * 10 })
                let (stated, expected) = power > 0 ? (Int128(value), Int128(typical) * scale) : (Int128(value) * scale, Int128(typical))
                return 4 * (stated - expected).magnitude <= expected.magnitude
            }
        }
        for typical: Int64 in [1, 7, 8, 40, 1_000, 250_000_000] {
            let edges = [typical / 8, typical * 15 / 2, typical * 25 / 2, typical * 3 / 40, typical * 75, typical * 125]
            let values = edges.flatMap { [$0 - 1, $0, $0 + 1] } + Array(1...200)
            for value in values where value > 0 {
                #expect(YearlyRpIsNotTenTimesOff.powerOfTen(value, over: typical) == tried(value, typical), "\(value) over \(typical)")
            }
        }
        #expect(YearlyRpIsNotTenTimesOff.powerOfTen(.max, over: .max / 10) == 1)
    }
}
