import Testing
@testable import RenstraCheck
import RenstraModel

@Suite struct CorrectorTests {
    @Test func anEndOfPeriodRpIsRecomputedAndRecordedButNoYearChanges() {
        var document = PaguAddsUpToItsChildrenTests.table()
        document.nodes[0].children[0].paguAkhir = Tiny.pagu("250", Tiny.at("M", 4))
        let findings = Reconciler.findings(for: document)
        let (fixed, corrections) = Corrector.apply(findings, to: document)
        #expect(corrections == [Correction(rule: .recomputeEndOfPeriodRp, location: FindingLocation(file: "tiny.xlsx", Tiny.at("M", 4)),
                                           from: .money(Rupiah(250)), to: .money(Rupiah(200)), finding: .rowTotalMismatch)])
        #expect(fixed.nodes[0].children[0].paguAkhir?.value == Rupiah(200))
        #expect(fixed.nodes[0].children[0].pagu == document.nodes[0].children[0].pagu)
        #expect(Reconciler.findings(for: fixed).isEmpty)
    }

    @Test func aYearTheSumsBlameIsNeverChanged() {
        var document = PaguAddsUpToItsChildrenTests.table()
        document.nodes[0].children[1].pagu[2016] = Tiny.pagu("130", Tiny.at("I", 5))
        let (fixed, corrections) = Corrector.apply(Reconciler.findings(for: document), to: document)
        #expect(corrections.isEmpty)
        #expect(fixed == document)
    }

    @Test func repeatedRowsAreRecordedAsDropped() {
        let repeatRow = IgnoredRow(row: RowLocation(sheet: Tiny.sheet, row: 9), reason: .repeatedRow, excerpt: "2",
                                   repeats: RowLocation(sheet: Tiny.sheet, row: 3))
        let document = Tiny.document([Tiny.node(.kegiatan, 3)], ignored: [repeatRow])
        let (_, corrections) = Corrector.apply(Reconciler.findings(for: document), to: document)
        #expect(corrections.map(\.rule) == [.dropRepeatedRow])
        #expect(corrections.first?.location.cell == "B9")
    }
}
