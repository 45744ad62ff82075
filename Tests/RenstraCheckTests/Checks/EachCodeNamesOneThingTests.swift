import Testing
@testable import RenstraCheck

@Suite struct EachCodeNamesOneThingTests {
    @Test func theLaterRowWithTheSameCodeIsReported() {
        let document = Tiny.document([
            Tiny.node(.kegiatan, 3, kode: "2 11 15 2", nomor: "1", nama: "Bimtek"),
            Tiny.node(.kegiatan, 4, kode: "2 11 15 02", nomor: "2", nama: "Rakor"),
            Tiny.node(.kegiatan, 5, kode: "2 11 15 3", nomor: "3", nama: "Rakor"),
        ])
        #expect(Tiny.found(EachCodeNamesOneThing(), document) == [At("B4", .duplicateCode)])
    }

    @Test func theSameCodeOnDifferentLevelsIsFine() {
        let document = Tiny.document([Tiny.node(.bidang, 3, kode: "2 11 15"), Tiny.node(.program, 4, kode: "2 11 15", nomor: "1")])
        #expect(Tiny.found(EachCodeNamesOneThing(), document) == [])
    }

    /// Among many codes, each repeat is reported in row order, against the first row of its code.
    @Test func repeatsAmongManyCodesAreReportedInRowOrder() {
        let codes = (0..<300).map { "2 11 \($0 % 7) \($0 % 11)" }
        let document = Tiny.document(codes.enumerated().map { Tiny.node(.kegiatan, 3 + $0, kode: $1) })
        let findings = EachCodeNamesOneThing().findings(in: CheckContext(document))
        let repeats = codes.indices.filter { codes[..<$0].contains(codes[$0]) }
        #expect(findings.map(\.location.cell) == repeats.map { "B\(3 + $0)" })
        #expect(findings.map(\.related) == repeats.map { position in [Tiny.at("B", 3 + codes.firstIndex(of: codes[position])!)] })
    }

    /// Codes that read the same (`03` is `3`, `x` is `X`) share a fingerprint, so that the
    /// check spells out and compares both.
    @Test func codesThatReadTheSameShareAFingerprint() {
        #expect(CodeFingerprint(.kegiatan, ["2", "11", "015", "x"]).value == CodeFingerprint(.kegiatan, ["2", "11", "15", "X"]).value)
        #expect(CodeFingerprint(.kegiatan, ["0", "00"]).value == CodeFingerprint(.kegiatan, ["0", "0"]).value)
        #expect(CodeFingerprint(.kegiatan, ["2", "11"]).value != CodeFingerprint(.program, ["2", "11"]).value)
    }
}
