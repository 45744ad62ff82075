import Testing
@testable import RenstraCheck

@Suite struct EachKegiatanIsEnteredOnceTests {
    @Test func theSameNameUnderAnotherCodeIsReportedWithItsFigures() {
        let document = Tiny.document([
            Tiny.node(.kegiatan, 3, kode: "2 11 15 8", nomor: "6", nama: "Workshop Evaluasi Penyaluran Dana Bergulir"),
            Tiny.node(.kegiatan, 4, kode: "2 11 15 9", nomor: "7", nama: "Rakor pemberdayaan"),
            Tiny.node(.kegiatan, 5, kode: "2 11 15 31", nomor: "29", nama: "Workshop  evaluasi penyaluran dana bergulir"),
        ])
        let findings = EachKegiatanIsEnteredOnce().findings(in: CheckContext(document))
        #expect(At.all(findings) == [At("D5", .duplicateName)])
        #expect(findings[0].note(.en)?.contains("counted twice") == true)
        #expect(findings[0].related.map(\.cell) == ["D3"])
    }

    @Test func aLongNameOneTypoApartIsTheSameName() {
        let document = Tiny.document([
            Tiny.node(.kegiatan, 3, nama: "Bimtek akuntansi koperasi bagi pengelola koperasi", targets: ["60", "60"]),
            Tiny.node(.kegiatan, 4, nama: "Bimtek akutansi koperasi bagi pengelola koperasi", targets: ["50", "50"]),
        ])
        let findings = EachKegiatanIsEnteredOnce().findings(in: CheckContext(document))
        #expect(At.all(findings) == [At("D4", .duplicateName)])
        #expect(findings[0].note(.en)?.contains("figures differ") == true)
    }

    @Test func candidatesAreTriedEarliestFirstAcrossBothAnchors() {
        let byStart: ArraySlice<Int> = [1, 5, 9], byEnd: ArraySlice<Int> = [2, 5, 7]
        #expect(EachKegiatanIsEnteredOnce.earliest(in: byStart, and: byEnd) { $0 >= 5 } == 5)
        #expect(EachKegiatanIsEnteredOnce.earliest(in: byStart, and: byEnd) { $0 % 2 == 0 } == 2)
        #expect(EachKegiatanIsEnteredOnce.earliest(in: byStart, and: byEnd) { $0 > 8 } == 9)
        #expect(EachKegiatanIsEnteredOnce.earliest(in: byStart, and: []) { _ in false } == nil)
    }

    @Test func shortOrDifferentNamesAreDifferentKegiatan() {
        let document = Tiny.document([
            Tiny.node(.kegiatan, 3, nama: "Penyusunan laporan keuangan"),
            Tiny.node(.kegiatan, 4, nama: "Penyusunan laporan bulanan"),
            Tiny.node(.kegiatan, 5, nama: "Diklat audit"),
            Tiny.node(.kegiatan, 6, nama: "Diklat adit"),
        ])
        #expect(Tiny.found(EachKegiatanIsEnteredOnce(), document) == [])
    }

    @Test func theBandedDistanceCountsEdits() {
        func within(_ limit: Int, _ a: String, _ b: String) -> Bool { TextFolding.within(limit, Array(a.utf8), Array(b.utf8)) }
        #expect(within(2, "kitten", "sitting") == false)
        #expect(within(3, "kitten", "sitting"))
        #expect(within(1, "akuntansi", "akutansi"))
        #expect(within(0, "", ""))
        #expect(within(2, "abc", "") == false)
    }

    /// Folding plain ASCII byte by byte gives what the general folding gives.
    @Test(arguments: ["Bimbingan  Teknis", "  PELATIHAN\tkoperasi\r\n", "a\u{0B}b\u{0C}c", "x\u{1C}y", "", "   ", "Rp. 1.000,-"])
    func asciiFoldsAsTheGeneralFoldingDoes(text: String) {
        #expect(TextFolding.fold(text) == text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " "))
    }
}
