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

    @Test func programsOfDifferentBidangAreNumberedApartWithoutBidangRows() {
        // T-C.27 has no bidang rows: programs 2.11.* and 4.05.* are siblings, numbered 1, 2 and 1.
        let programs = [("2.11.15", "1"), ("2.11.16", "2"), ("4.05.19", "1"), ("5.04.15", "1"), ("5.04.17", "3")]
            .enumerated().map { index, program in
                var node = Tiny.node(.program, 3 + index, nomor: program.1)
                node.kodeParts = KodeParts(program.0.split(separator: ".").map(String.init))
                return node
            }
        let findings = RowNumbersRunInSequence().findings(in: CheckContext(Tiny.document(programs)))
        #expect(At.all(findings) == [At("C7", .ordinalGap)])
        #expect(findings.first?.expected == .text("2"))
    }

    @Test func aRegularSequenceAndUnnumberedLevelsAreFine() {
        #expect(Tiny.found(RowNumbersRunInSequence(), Self.program(["1", "2", "3"])) == [])
        #expect(Tiny.found(RowNumbersRunInSequence(), Self.program([nil, nil])) == [])
    }
}
