import Foundation
import Testing
@testable import RenstraModel

/// What a `NodeStore` keeps comes back field for field, however odd: absent fields, cells in
/// other rows and sheets, figures kept out of line, several indikator, and a node too long for
/// a record, which is left as it is.
@Suite struct NodeStoreTests {
    private static let sheet = SheetName("Tabel 6.1"), other = SheetName("Lampiran")

    private static func cell(_ row: Int, _ column: Int, _ sheet: SheetName = sheet) -> CellLocation {
        CellLocation(sheet: sheet, row: row, column: column)
    }

    private static let targets: ByYear<Target> = [
        2020: Target(state: .value(Decimal(string: "27.18")!), text: "27,18 %", at: cell(12, 6)),
        2021: Target(state: .none, text: "-", at: cell(12, 8)),
        2022: Target(state: .missing, text: "", at: cell(12, 10)),
        2023: Target(state: .unreadable("######"), text: "######", at: cell(12, 12)),
        2024: Target(state: .value(Decimal(string: "-1.5")!), text: "-1,5", at: cell(12, 14, other)),
    ]

    private static let pagu: ByYear<Pagu> = [
        2020: Pagu(state: .value(Rupiah(150_000_000)), text: "150.000.000", at: cell(12, 7)),
        2021: Pagu(state: .value(Rupiah(-75_000)), text: "Rp -75.000,00", at: cell(12, 9), storedAsText: true),
        2022: Pagu(state: .value(Rupiah(Int64.max)), text: "9223372036854775807", at: cell(1_048_576, 16_384)),
    ]

    private static func node(nama: String = "Program Pengembangan Kewirausahaan dan Keunggulan Kompetitif UKM",
                             children: [PlanNode] = []) -> PlanNode {
        PlanNode(level: .program, row: RowLocation(sheet: sheet, row: 12),
                 kode: Text("2 11 15", at: cell(12, 1)), kodeParts: ["2", "11", "15"], nomor: Text("1.", at: cell(11, 2)),
                 nama: Text(nama, at: cell(12, 2)),
                 indikator: [Indikator(nama: Text("Persentase UKM naik kelas", at: cell(12, 3)), satuan: Text("%", at: cell(12, 4)),
                                       kondisiAwal: Text("n/a", at: cell(12, 5)), targets: targets,
                                       targetAkhir: Target(state: .value(73), text: "73,0", at: cell(12, 16))),
                             Indikator(), Indikator(satuan: Text("Unit", at: cell(13, 4, other)))],
                 pagu: pagu, paguAkhir: Pagu(state: .missing, text: "", at: cell(12, 17)),
                 lokasi: nil, notes: ["misi": Text("Misi 2", at: cell(3, 1)), "sasaran": Text("", at: cell(12, 19))],
                 children: children)
    }

    @Test func everyFieldComesBackAsGiven() throws {
        let store = NodeStore()
        let child = PlanNode(level: .kegiatan, row: RowLocation(sheet: Self.sheet, row: 13))
        let original = Self.node(children: [child])
        let kept = store.keepAll(original)
        #expect(kept.keptRecord != nil && kept.children.allSatisfy { $0.keptRecord != nil })
        #expect(kept.level == .program && kept.row == original.row && kept.kode == original.kode)
        #expect(kept.kodeParts == ["2", "11", "15"])
        #expect(kept.nomor == original.nomor && kept.nama == original.nama)
        #expect(kept.lokasi == nil && kept.notes == original.notes && kept.children == [child])
        let keptPagu: [Pagu] = kept.pagu.values, givenPagu: [Pagu] = Self.pagu.values
        #expect(kept.pagu == Self.pagu && keptPagu.map { $0.text } == givenPagu.map { $0.text })
        #expect(keptPagu.map { $0.storedAsText } == [false, true, false])
        #expect(kept.paguAkhir == original.paguAkhir)
        #expect(kept.indikator.count == 3 && kept.indikator == original.indikator)
        let first = kept.indikator[0]
        let keptTargets: [Target] = first.targets.values, givenTargets: [Target] = Self.targets.values
        #expect(first.targets == Self.targets && keptTargets.map { $0.text } == givenTargets.map { $0.text })
        #expect(first.targets[2023]?.isUnreadable == true && first.targetAkhir?.text == "73,0")
        #expect(kept.indikator[1].isEmpty && kept.indikator[2].satuan == Text("Unit", at: Self.cell(13, 4, Self.other)))
        #expect(kept == original && kept.hashValue == original.hashValue)
    }

    @Test func aNodeOfARowOutsideTheGridKeepsItsCellsWhole() {
        let store = NodeStore()
        let node = PlanNode(level: .kegiatan, row: RowLocation(sheet: Self.sheet, row: 0),
                            nama: Text("Kegiatan", at: Self.cell(1, 2)))
        let kept = store.keep(node)
        #expect(kept.keptRecord != nil && kept == node && kept.nama?.at == Self.cell(1, 2) && kept.row.row == 0)
    }

    @Test func aNodeTooLongForARecordIsLeftAsItIs() {
        let store = NodeStore()
        let long = Self.node(nama: String(repeating: "Kegiatan ", count: 8_000))
        let kept = store.keepAll(long)
        #expect(kept.keptRecord == nil && kept == long)
        // Its parent cannot point at it, so it stays as it is too.
        let parent = store.keepAll(PlanNode(level: .urusan, row: RowLocation(sheet: Self.sheet, row: 1), children: [long]))
        #expect(parent.keptRecord == nil && parent.children == [long])
    }

    @Test func aChangeToAKeptNodeLeavesTheRecordAndItsCopiesAlone() {
        let store = NodeStore()
        let kept = store.keepAll(Self.node())
        var changed = kept
        changed.indikator[0].targets[2020] = nil
        changed.nama = Text("Program baru", at: Self.cell(12, 2))
        #expect(changed.keptRecord == nil && changed.indikator[0].targets.count == 4 && changed.nama?.value == "Program baru")
        #expect(changed.pagu == Self.pagu && changed.indikator[1] == kept.indikator[1])
        #expect(kept == Self.node() && kept.keptRecord != nil)
    }

    @Test func recordsFillChunkAfterChunk() {
        let store = NodeStore()
        let nodes = (1...20_000).map { row in
            store.keep(PlanNode(level: .kegiatan, row: RowLocation(sheet: Self.sheet, row: row),
                                nama: Text(String(repeating: "x", count: row % 400), at: Self.cell(row, 2))))
        }
        #expect(Set(nodes.compactMap { $0.keptRecord.map { $0.position >> UInt32(KeptRecords.chunkBits) } }).count > 1)
        #expect(nodes.enumerated().allSatisfy { $1.keptRecord != nil && $1.nama?.value.utf8.count == ($0 + 1) % 400 })
    }
}

/// A node's fields are changed in their own box while no other node shares it: building a
/// program's children appends to one array, never copying it and the box at each kegiatan.
@Suite struct FieldStorageTests {
    @Test func aChangeToAnUnsharedBoxIsMadeInPlace() {
        var node = PlanNode(level: .program, row: RowLocation(sheet: "S", row: 1))
        let before = ObjectIdentifier(node.storage.object)
        node.children.append(PlanNode(level: .kegiatan, row: RowLocation(sheet: "S", row: 2)))
        #expect(ObjectIdentifier(node.storage.object) == before)
        var nodes = [PlanNode(level: .program, row: RowLocation(sheet: "S", row: 4))]
        let inArray = ObjectIdentifier(nodes[0].storage.object)
        nodes[0].children.append(PlanNode(level: .kegiatan, row: RowLocation(sheet: "S", row: 5)))
        #expect(ObjectIdentifier(nodes[0].storage.object) == inArray)
        let shared = nodes[0]
        nodes[0].nama = Text("Program", at: CellLocation(sheet: "S", row: 4, column: 2))
        #expect(ObjectIdentifier(nodes[0].storage.object) != inArray && shared.nama == nil, "a shared box is copied first")
    }

    /// `NodeIndex` fetches a node's fields ahead by this address, and takes a first node
    /// without one for a kept document.
    @Test func aNodeInABoxHasTheBoxsAddressAndAKeptNodeNone() {
        let node = PlanNode(level: .program, row: RowLocation(sheet: "S", row: 1))
        #expect(node.fieldsAddress == UnsafeRawPointer(Unmanaged.passUnretained(node.storage.object).toOpaque()))
        #expect(NodeStore().keep(node).fieldsAddress == nil)
    }
}
