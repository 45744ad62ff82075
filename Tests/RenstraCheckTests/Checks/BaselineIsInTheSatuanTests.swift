import Foundation
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

    /// The hand-written matcher agrees with the regular expression it replaces, blanks of every kind included.
    @Test(arguments: ["16 %", "16%", "12 bln", "27,18 %", "0", "2 org", "1.000 orang", "1,5,.x", "16.%", "16 ", "16 \t",
                      "16\u{0B}x", "16\u{0B}", "16\u{85}", "16\u{A0}", "16\u{2028}", "16\u{3000}kop", "16 % 2", "a16 %", "12,", "12.", "1.000", "27,18", "0,5", ",", ".", "12,5.", "1..2", ".5",
                      "16 x\n", "16\nx", "1 2 kop", "1.2.3 unit", "٣ kop", "3 ٣", "16 é", "", "%", "16 --", "16 ,"])
    func theMatcherAgreesWithTheRegularExpression(text: String) {
        let regex = text.range(of: #"^[0-9][0-9.,]*\s*([^0-9\s][^0-9]*)$"#, options: .regularExpression) != nil
        #expect(BaselineIsInTheSatuan.isFigureWithUnit(text) == regex)
    }
}
