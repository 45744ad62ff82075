import Testing
@testable import RenstraCheck
import RenstraModel

@Suite struct PaguAddsUpToItsChildrenTests {
    /// Program (row 3) over two kegiatan (rows 4, 5), and the total (row 6).
    static func table(program: [String] = ["200", "200"], programAkhir: String = "400",
                      kegiatan: [[String]] = [["100", "100"], ["100", "100"]],
                      total: [String] = ["200", "200"], totalAkhir: String = "400") -> RenstraDocument {
        let children = kegiatan.enumerated().map { index, pagu in
            Tiny.node(.kegiatan, 4 + index, kode: "2 11 15 \(index + 1)", nomor: "\(index + 1)", nama: "Kegiatan \(index + 1)", pagu: pagu,
                      paguAkhir: String(pagu.compactMap { Int($0) }.reduce(0, +)))
        }
        let program = Tiny.node(.program, 3, kode: "2 11 15", nomor: "1", pagu: program, paguAkhir: programAkhir, children: children)
        return Tiny.document([program], total: (6, total, totalAkhir))
    }

    @Test func aBalancedTableHasNoFinding() {
        #expect(Tiny.found(PaguAddsUpToItsChildren(), Self.table()) == [])
    }

    @Test func aWrongProgramYearIsReportedOnceAtItsCell() {
        let document = Self.table(program: ["200", "250"])
        #expect(Tiny.found(PaguAddsUpToItsChildren(), document) == [At("K3", .paguSumMismatch)])
        #expect(Tiny.found(EndOfPeriodRpIsTheSumOfItsYears(), document) == [])
        let finding = PaguAddsUpToItsChildren().findings(in: CheckContext(document))[0]
        #expect(finding.expected == .money(Rupiah(200)))
        #expect(finding.actual == .money(Rupiah(250)))
        #expect(finding.related.map(\.cell).contains("K4"))
        #expect(finding.note(.en)?.contains("M3") == true)
    }

    @Test func aMissingKegiatanIsReportedOnTheProgramYearsOnly() {
        let document = Self.table(kegiatan: [["100", "100"]])
        #expect(Tiny.found(PaguAddsUpToItsChildren(), document) == [At("I3", .paguSumMismatch), At("K3", .paguSumMismatch)])
        #expect(Tiny.found(EndOfPeriodRpIsTheSumOfItsYears(), document) == [])
    }

    @Test func aWrongGrandTotalIsReportedAtTheTotal() {
        #expect(Tiny.found(PaguAddsUpToItsChildren(), Self.table(total: ["300", "200"])) == [At("I6", .paguSumMismatch)])
    }

    @Test func sumsAreExactToTheRupiah() {
        let document = Self.table(program: ["200", "201"], programAkhir: "401", total: ["200", "201"], totalAkhir: "401")
        #expect(Tiny.found(PaguAddsUpToItsChildren(), document) == [At("K3", .paguSumMismatch)])
    }

    @Test func anUnreadablePartLeavesTheSumUnchecked() {
        var document = Self.table(kegiatan: [["100", "######"], ["100", "100"]])
        document.nodes[0].children[0].paguAkhir = Tiny.pagu("200", Tiny.at("M", 4))
        #expect(Tiny.found(PaguAddsUpToItsChildren(), document) == [])
    }

    @Test func aProgramWithoutKegiatanAmongProgramsWithKegiatanIsCheckedAgainstNothing() {
        var document = Self.table()
        document.nodes.append(Tiny.node(.program, 7, kode: "2 11 16", nomor: "2", pagu: ["50", "-"], paguAkhir: "50"))
        document.total = nil
        #expect(Tiny.found(PaguAddsUpToItsChildren(), document) == [At("I7", .paguSumMismatch)])
    }
}
