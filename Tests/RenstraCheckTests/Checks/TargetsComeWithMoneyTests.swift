import Testing
@testable import RenstraCheck

@Suite struct TargetsComeWithMoneyTests {
    @Test func aTargetWithoutMoneyAndMoneyWithoutATargetAreReportedAtTheEmptySide() {
        let document = Tiny.document([Tiny.node(.kegiatan, 3, targets: ["30", "-"], pagu: ["-", "150"], paguAkhir: "150")])
        #expect(Tiny.found(TargetsComeWithMoney(), document) == [At("I3", .zeroPair), At("J3", .zeroPair)])
    }

    @Test func nothingPlannedAndNothingSpentIsFine() {
        let document = Tiny.document([Tiny.node(.kegiatan, 3, targets: ["0", "-"], pagu: ["-", ""], paguAkhir: "-"),
                                      Tiny.node(.kegiatan, 4, targets: ["######", "5"], pagu: ["100", "100"])])
        #expect(Tiny.found(TargetsComeWithMoney(), document) == [])
    }
}
