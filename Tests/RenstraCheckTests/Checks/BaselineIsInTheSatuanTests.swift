import Testing
@testable import RenstraCheck

@Suite struct BaselineIsInTheSatuanTests {
    @Test func aBaselineInAnotherUnitIsReportedAtTheBaseline() {
        let document = Tiny.document([Tiny.node(.program, 3, satuan: "Kop", awal: "16 %"), Tiny.node(.program, 4, satuan: "Kop", awal: "100 kop")])
        #expect(Tiny.found(BaselineIsInTheSatuan(), document) == [At("G3", .unitConflict)])
    }

    @Test func shortFormsWordsAndBareFiguresAreFine() {
        let document = Tiny.document([
            Tiny.node(.kegiatan, 3, satuan: "bulan", awal: "12 bln"), Tiny.node(.kegiatan, 4, satuan: "%", awal: "27,18 %"),
            Tiny.node(.kegiatan, 5, satuan: "paket", awal: "0"), Tiny.node(.program, 6, satuan: "kop", awal: "Belum maksimalnya 3 koperasi"),
            Tiny.node(.program, 7, satuan: "-", awal: "2 org"),
        ])
        #expect(Tiny.found(BaselineIsInTheSatuan(), document) == [])
    }
}
