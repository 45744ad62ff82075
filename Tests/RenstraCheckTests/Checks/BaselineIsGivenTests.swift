import Testing
@testable import RenstraCheck

@Suite struct BaselineIsGivenTests {
    static func programs(_ awal: [String?]) -> [At] {
        Tiny.found(BaselineIsGiven(), Tiny.document(awal.enumerated().map { Tiny.node(.program, 3 + $0, awal: $1) }))
    }

    @Test func theOneProgramWithoutAKondisiAwalIsReported() {
        #expect(Self.programs(["27,18 %", "100 Kop", nil, "-"]) == [At("G5", .missingBaseline)])
    }

    @Test func aLevelThatMostlyLeavesItEmptyIsNotAsked() {
        #expect(Self.programs(["27,18 %", nil, nil, "-"]) == [])
        #expect(Self.programs(["27,18 %", nil, "-"]) == [])
    }
}
