import RenstraModel
import Testing

@Suite struct IndikatorListTests {
    private func indikator(_ name: String) -> Indikator {
        Indikator(nama: Text(name, at: CellLocation(sheet: "S", row: 1, column: 1)))
    }

    @Test func itHoldsItsIndikatorInOrder() {
        var list: IndikatorList = []
        #expect(list.isEmpty && list.first == nil)
        for name in ["A", "B", "C"] { list.append(indikator(name)) }
        #expect(list.map(\.nama?.value) == ["A", "B", "C"])
        #expect(list.count == 3 && list[2].nama?.value == "C" && list.first?.nama?.value == "A")
        list[1].satuan = Text("%", at: CellLocation(sheet: "S", row: 1, column: 2))
        #expect(list[1].satuan?.value == "%" && list[0].satuan == nil)
    }

    @Test func listsOfTheSameIndikatorAreEqualHoweverBuilt() {
        let built = IndikatorList([indikator("A"), indikator("B")])
        var appended = IndikatorList()
        appended.append(indikator("A"))
        appended.append(indikator("B"))
        #expect(built == appended && built == [indikator("A"), indikator("B")])
        #expect(Set([built, appended]).count == 1)
        #expect(built != [indikator("A")] && IndikatorList() == [])
    }

    @Test func oneIndikatorTakesNoArray() {
        // The first indikator is held in the list (a reference, and a position when its node is
        // kept), the others in an array beside it; the array first, so that the list's last four
        // bytes are free for the field after it.
        #expect(MemoryLayout<Indikator>.size == 12 && MemoryLayout<IndikatorList>.size == 20)
    }
}
