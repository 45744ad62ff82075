import Testing
@testable import RenstraCheck
import RenstraModel

@Suite struct CodesSitUnderTheirParentTests {
    @Test func aStrayPartOnAParentIsReportedOnceAtTheParent() {
        let programs = [15, 16, 17].map { Tiny.node(.program, $0 - 11, kode: "2 11 \($0)", nomor: "\($0 - 14)") }
        let bidang = Tiny.node(.bidang, 3, kode: "2 11 15", children: programs)
        let findings = CodesSitUnderTheirParent().findings(in: CheckContext(Tiny.document([bidang])))
        #expect(At.all(findings) == [At("B3", .codeMismatch)])
        #expect(findings[0].expected == .text("2 11"))
    }

    @Test func aKegiatanUnderTheWrongProgramIsReportedAtTheKegiatan() {
        let kegiatan = [Tiny.node(.kegiatan, 4, kode: "2 11 15 2", nomor: "1"), Tiny.node(.kegiatan, 5, kode: "2 11 16 3", nomor: "2"),
                        Tiny.node(.kegiatan, 6, kode: "2 11 15 5", nomor: "3")]
        let program = Tiny.node(.program, 3, kode: "2 11 15", nomor: "1", children: kegiatan)
        #expect(Tiny.found(CodesSitUnderTheirParent(), Tiny.document([program])) == [At("B5", .codeMismatch)])
    }

    @Test func aMalformedCodeIsReported() {
        var node = Tiny.node(.kegiatan, 3)
        node.kode = Text("240.000.0002 11 17 14 8", at: Tiny.at("B", 3))
        #expect(Tiny.found(CodesSitUnderTheirParent(), Tiny.document([node])) == [At("B3", .codeMismatch)])
    }

    @Test func codesComparePartByValue() {
        let program = Tiny.node(.program, 3, kode: "2 11 15", nomor: "1", children: [Tiny.node(.kegiatan, 4, kode: "02 11 015 3", nomor: "1")])
        #expect(Tiny.found(CodesSitUnderTheirParent(), Tiny.document([program])) == [])
    }
}
