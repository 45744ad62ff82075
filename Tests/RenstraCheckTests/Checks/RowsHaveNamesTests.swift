import Testing
@testable import RenstraCheck

@Suite struct RowsHaveNamesTests {
    @Test func aKegiatanWithoutANameAndAnIndikatorWithoutOneAreReported() {
        let document = Tiny.document([Tiny.node(.kegiatan, 3, nama: nil), Tiny.node(.kegiatan, 4, indikator: nil)])
        let findings = RowsHaveNames().findings(in: CheckContext(document))
        #expect(At.all(findings) == [At("D3", .missingName), At("E4", .missingName)])
        #expect(findings[1].message(.en) == "kegiatan \"Kegiatan\": the indikator's name is empty.")
    }

    @Test func subtotalsNeedNoName() {
        #expect(Tiny.found(RowsHaveNames(), Tiny.document([Tiny.node(.urusan, 3, nama: nil)])) == [])
    }
}
