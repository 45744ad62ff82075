import Testing
@testable import RenstraCheck
import RenstraModel

@Suite struct RowNumbersRunInSequenceTests {
    static func program(_ numbers: [String?]) -> RenstraDocument {
        let kegiatan = numbers.enumerated().map { index, nomor in Tiny.node(.kegiatan, 4 + index, nomor: nomor) }
        return Tiny.document([Tiny.node(.program, 3, nomor: "1", children: kegiatan)])
    }

    @Test func aSkippedNumberIsReportedOnceAtTheFirstNumberOutOfSequence() {
        let findings = RowNumbersRunInSequence().findings(in: CheckContext(Self.program(["1", "2", "5", "6"])))
        #expect(At.all(findings) == [At("C6", .ordinalGap)])
        #expect(findings[0].expected == .text("3"))
        #expect(findings[0].note(.en) == "Printed in order: 1, 2, 5, 6; expected 1 to 4.")
    }

    @Test func restartedNumberingIsOneFindingWithTheOtherBreaksRelated() {
        let findings = RowNumbersRunInSequence().findings(in: CheckContext(Self.program(["1.", "1.", "1.", "2."])))
        #expect(At.all(findings) == [At("C5", .ordinalGap)])
        #expect(findings[0].related.map(\.cell) == ["C6"])
    }

    @Test func aRowWithoutANumberAmongNumberedRowsIsReportedAtItsCell() {
        #expect(Tiny.found(RowNumbersRunInSequence(), Self.program(["1", nil, "3"])) == [At("C5", .ordinalGap)])
    }

    @Test func aRegularSequenceAndUnnumberedLevelsAreFine() {
        #expect(Tiny.found(RowNumbersRunInSequence(), Self.program(["1", "2", "3"])) == [])
        #expect(Tiny.found(RowNumbersRunInSequence(), Self.program([nil, nil])) == [])
    }
}
