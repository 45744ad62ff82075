import Testing
@testable import RenstraCheck
import RenstraModel

@Suite struct EndOfPeriodRpIsTheSumOfItsYearsTests {
    @Test func aWrongEndOfPeriodRpIsReportedAtItsCell() {
        let document = PaguAddsUpToItsChildrenTests.table()
        var broken = document
        broken.nodes[0].children[0].paguAkhir = Tiny.pagu("250", Tiny.at("M", 4))
        #expect(Tiny.found(EndOfPeriodRpIsTheSumOfItsYears(), broken) == [At("M4", .rowTotalMismatch)])
        #expect(Tiny.found(PaguAddsUpToItsChildren(), broken) == [])
    }

    @Test func aWrongYearThatTheParentSumPointsAtIsReportedAtTheYear() {
        var document = PaguAddsUpToItsChildrenTests.table()
        document.nodes[0].children[1].pagu[2016] = Tiny.pagu("130", Tiny.at("I", 5))
        #expect(Tiny.found(EndOfPeriodRpIsTheSumOfItsYears(), document) == [At("I5", .rowTotalMismatch)])
        #expect(Tiny.found(PaguAddsUpToItsChildren(), document) == [])
        let finding = EndOfPeriodRpIsTheSumOfItsYears().findings(in: CheckContext(document))[0]
        #expect(finding.expected == .money(Rupiah(100)))
        #expect(finding.note(.en)?.contains("I3") == true)
    }

    /// Urusan (2) over bidang (3) over a program (4) with its kegiatan (5, 6); both subtotals
    /// print their 2017 Rp as the end-of-period Rp, and the grand total (7) is right.
    @Test func wrongSubtotalsAreReportedOnceAndTheCorrectTotalIsLeftAlone() {
        let kegiatan = [5, 6].map { Tiny.node(.kegiatan, $0, kode: "2 11 15 \($0)", nomor: "\($0 - 4)") }
        let program = Tiny.node(.program, 4, kode: "2 11 15", nomor: "1", pagu: ["200", "200"], paguAkhir: "400", children: kegiatan)
        let bidang = Tiny.node(.bidang, 3, kode: "2 11", indikator: nil, satuan: nil, targets: [], targetAkhir: nil,
                               pagu: ["200", "200"], paguAkhir: "200", children: [program])
        let urusan = Tiny.node(.urusan, 2, kode: "2", indikator: nil, satuan: nil, targets: [], targetAkhir: nil,
                               pagu: ["200", "200"], paguAkhir: "200", children: [bidang])
        let document = Tiny.document([urusan], total: (7, ["200", "200"], "400"))
        #expect(Tiny.found(EndOfPeriodRpIsTheSumOfItsYears(), document) == [At("M2", .rowTotalMismatch), At("M3", .rowTotalMismatch)])
        #expect(Tiny.found(PaguAddsUpToItsChildren(), document) == [])
        let urusanFinding = EndOfPeriodRpIsTheSumOfItsYears().findings(in: CheckContext(document)).first { $0.location.cell == "M2" }
        #expect(urusanFinding?.note(.en)?.contains("M7") == true)
    }

    @Test func anEmptyEndOfPeriodRpWithYearsIsReported() {
        var document = PaguAddsUpToItsChildrenTests.table()
        document.nodes[0].children[0].paguAkhir = Tiny.pagu("", Tiny.at("M", 4))
        document.nodes[0].paguAkhir = Tiny.pagu("200", Tiny.at("M", 3))
        document.total?.paguAkhir = Tiny.pagu("200", Tiny.at("M", 6))
        #expect(Tiny.found(EndOfPeriodRpIsTheSumOfItsYears(), document).contains(At("M4", .rowTotalMismatch)))
    }
}
