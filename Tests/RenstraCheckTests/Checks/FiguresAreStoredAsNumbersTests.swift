import Testing
@testable import RenstraCheck
import RenstraModel

@Suite struct FiguresAreStoredAsNumbersTests {
    @Test func aFigureHeldAsTextIsReported() {
        var node = Tiny.node(.kegiatan, 3, nomor: "1")
        node.pagu[2016] = Pagu(state: .value(Rupiah(150_000_000)), text: "150.000.000", at: Tiny.at("I", 3), storedAsText: true)
        let findings = FiguresAreStoredAsNumbers().findings(in: CheckContext(Tiny.document([node])))
        #expect(At.all(findings) == [At("I3", .numberAsText)])
        #expect(findings[0].message(.id) == "kegiatan \"Kegiatan\": pagu \"150.000.000\" ditulis sebagai teks; dibaca sebagai 150.000.000.")
    }

    @Test func aRowNumberWrittenUnlikeTheOthersIsReported() {
        let document = Tiny.document((1...3).map { Tiny.node(.kegiatan, 2 + $0, nomor: $0 == 2 ? "2." : "\($0)") })
        #expect(Tiny.found(FiguresAreStoredAsNumbers(), document) == [At("C4", .numberAsText)])
    }

    @Test func rowNumbersAllWrittenWithADotAreFine() {
        let document = Tiny.document((1...3).map { Tiny.node(.kegiatan, 2 + $0, nomor: "\($0).") })
        #expect(Tiny.found(FiguresAreStoredAsNumbers(), document) == [])
    }
}
