import Testing
@testable import RenstraCheck
import RenstraModel

@Suite struct IndikatorHasASatuanTests {
    @Test func anEmptySatuanAndALoneDashAreReportedAtTheSatuanCell() {
        let document = Tiny.document([Tiny.node(.program, 3, satuan: nil), Tiny.node(.kegiatan, 4, satuan: "-"),
                                      Tiny.node(.kegiatan, 5, satuan: "org")])
        #expect(Tiny.found(IndikatorHasASatuan(), document) == [At("F3", .missingUnit), At("F4", .missingUnit)])
    }

    @Test func withoutASatuanColumnTheFindingPointsAtTheFirstTargetWithAValue() {
        // T-C.27 writes the satuan after each target (`30 org`); a kegiatan without one has bare figures.
        var document = Tiny.document([Tiny.node(.kegiatan, 4, satuan: nil, targets: ["-", "30"])])
        document.fieldColumns = FieldColumns()
        #expect(Tiny.found(IndikatorHasASatuan(), document) == [At("\(Tiny.targetColumns[1])4", .missingUnit)])
    }

    @Test func rowsWithoutTargetsOrAboveProgramsNeedNoSatuan() {
        let document = Tiny.document([Tiny.node(.bidang, 3, satuan: nil), Tiny.node(.kegiatan, 4, satuan: nil, targets: ["-", "-"])])
        #expect(Tiny.found(IndikatorHasASatuan(), document) == [])
    }
}
