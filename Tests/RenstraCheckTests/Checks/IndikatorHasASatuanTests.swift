import Testing
@testable import RenstraCheck

@Suite struct IndikatorHasASatuanTests {
    @Test func anEmptySatuanAndALoneDashAreReportedAtTheSatuanCell() {
        let document = Tiny.document([Tiny.node(.program, 3, satuan: nil), Tiny.node(.kegiatan, 4, satuan: "-"),
                                      Tiny.node(.kegiatan, 5, satuan: "org")])
        #expect(Tiny.found(IndikatorHasASatuan(), document) == [At("F3", .missingUnit), At("F4", .missingUnit)])
    }

    @Test func rowsWithoutTargetsOrAboveProgramsNeedNoSatuan() {
        let document = Tiny.document([Tiny.node(.bidang, 3, satuan: nil), Tiny.node(.kegiatan, 4, satuan: nil, targets: ["-", "-"])])
        #expect(Tiny.found(IndikatorHasASatuan(), document) == [])
    }
}
