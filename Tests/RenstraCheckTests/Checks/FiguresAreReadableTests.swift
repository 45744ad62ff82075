import Testing
@testable import RenstraCheck

@Suite struct FiguresAreReadableTests {
    @Test func hashesAndLettersAmongDigitsAreReportedAtTheirCells() {
        let document = Tiny.document([Tiny.node(.kegiatan, 3, targets: ["######", "5"], pagu: ["100", "1OO"], paguAkhir: "")])
        let findings = FiguresAreReadable().findings(in: CheckContext(document))
        #expect(At.all(findings) == [At("H3", .unreadableNumber), At("K3", .unreadableNumber)])
        #expect(findings[0].message(.en).contains("too wide for its column"))
        #expect(findings[1].message(.id).contains("ada huruf di antara angkanya"))
    }

    @Test func dashesAndEmptyCellsAreNotUnreadable() {
        #expect(Tiny.found(FiguresAreReadable(), Tiny.document([Tiny.node(.kegiatan, 3, targets: ["-", ""], pagu: ["-", ""])])) == [])
    }
}
