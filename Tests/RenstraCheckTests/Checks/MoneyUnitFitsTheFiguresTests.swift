import Testing
@testable import RenstraCheck
import RenstraModel

@Suite struct MoneyUnitFitsTheFiguresTests {
    static func table(_ pagu: String, stated: MoneyUnit?, read: MoneyUnit) -> RenstraDocument {
        Tiny.document([Tiny.node(.kegiatan, 3, pagu: [pagu, pagu], paguAkhir: nil)], stated: stated, read: read)
    }

    @Test func aRibuHeaderOverFullRupiahIsReportedAtTheHeader() {
        #expect(Tiny.found(MoneyUnitFitsTheFigures(), Self.table("350000000", stated: .ribu, read: .rupiah)) == [At("I2", .moneyUnitMismatch)])
        let scaled = Self.table("350000000000", stated: .ribu, read: .ribu)
        let findings = MoneyUnitFitsTheFigures().findings(in: CheckContext(scaled))
        #expect(At.all(findings) == [At("I2", .moneyUnitMismatch)])
        #expect(findings[0].expected == .text("rupiah"))
    }

    @Test func anRpHeaderOverTinyFiguresIsReported() {
        #expect(Tiny.found(MoneyUnitFitsTheFigures(), Self.table("350", stated: .rupiah, read: .rupiah)) == [At("I2", .moneyUnitMismatch)])
    }

    @Test func fittingUnitsAndUnstatedUnitsAreFine() {
        #expect(Tiny.found(MoneyUnitFitsTheFigures(), Self.table("350000000", stated: .ribu, read: .ribu)) == [])
        #expect(Tiny.found(MoneyUnitFitsTheFigures(), Self.table("350000000", stated: .rupiah, read: .rupiah)) == [])
        #expect(Tiny.found(MoneyUnitFitsTheFigures(), Self.table("35", stated: nil, read: .rupiah)) == [])
    }
}
