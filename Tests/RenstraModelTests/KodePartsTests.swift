import RenstraModel
import Testing

@Suite struct KodePartsTests {
    @Test(arguments: [[], ["2"], ["2", "11", "15", "3", "2"], ["X", "XX", "01"], ["1", "01", "01", "2", "01", "0001"]])
    func partsComeBackAsGiven(parts: [String]) {
        let kode = KodeParts(parts)
        #expect(Array(kode) == parts)
        #expect(kode.count == parts.count)
        #expect(kode.indices.map { kode[$0] } == parts)
        #expect(kode.dotted == parts.joined(separator: "."))
        #expect(KodeParts(dotted: kode.dotted) == kode)
    }

    @Test func theDottedTextJoinsThePartsWithDots() {
        let kode: KodeParts = ["2", "11", "15", "3", "2"]
        #expect(kode.dotted == "2.11.15.3.2")
        #expect("\(kode)" == "2.11.15.3.2")
        #expect(kode.last == "2")
        #expect(Array(kode.dropLast()) == ["2", "11", "15", "3"])
    }

    @Test func equalsTheArrayLiteralOfItsParts() {
        #expect(KodeParts(["2", "11", "15"]) == ["2", "11", "15"])
        #expect(KodeParts(["2", "11", "15"]) != ["2", "11", "15", "3"])
        #expect(KodeParts(["2", "11", "15"]) != ["2", "11", "015"])
        #expect(Set<KodeParts>([["2", "11"], ["2", "11"], ["2", "1", "1"]]).count == 2)
    }

    @Test func removeLastDropsTheLastPartOnly() {
        var kode: KodeParts = ["2", "11", "15", "3"]
        #expect(kode.removeLast() == "3")
        #expect(kode == ["2", "11", "15"])
        kode.removeLast()
        kode.removeLast()
        #expect(kode.removeLast() == "2")
        #expect(kode.isEmpty)
        #expect(kode == [])
    }

    @Test func emptyHasNoParts() {
        let kode = KodeParts([])
        #expect(kode.isEmpty)
        #expect(kode.count == 0)
        #expect(kode.dotted == "")
        #expect(Array(kode) == [])
        #expect(kode == [])
    }

    @Test func theLongestValidCodeKeepsEveryPart() {
        // Six parts, three digits each and four for the sixth: the longest code `RenstraCode` reads.
        let parts = ["999", "999", "999", "999", "999", "9999"]
        let kode = KodeParts(parts)
        #expect(kode.dotted == "999.999.999.999.999.9999")
        #expect(kode.count == 6)
        #expect(kode[5] == "9999")
        #expect(Array(kode) == parts)
    }

    @Test func aPartTheDottedTextCouldNotHoldIsRefused() async {
        await #expect(processExitsWith: .failure) { _ = KodeParts(["2.11", "15"]) }
        await #expect(processExitsWith: .failure) { _ = KodeParts(["2", "", "15"]) }
        await #expect(processExitsWith: .failure) { _ = KodeParts(dotted: "2..15") }
    }

    @Test func theyTakeOneStringsRoom() {
        // Sixteen bytes, where a code of up to 15 (`2.11.15.3.2`) is held inline.
        #expect(MemoryLayout<KodeParts>.size == 16)
    }
}
