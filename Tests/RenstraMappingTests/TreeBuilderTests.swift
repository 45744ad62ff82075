import Foundation
import RenstraModel
import Testing
@testable import RenstraMapping

/// A tree that passes its builder's threshold is kept in a store part-way through, and comes
/// out equal to the same tree held as objects: nodes closed before the threshold, nodes open
/// across it and nodes closed after it alike.
@Suite struct TreeBuilderTests {
    private static let sheet = SheetName("Tabel 5.1")

    /// A program every fourth row, with three kegiatan under it; the odd ones have a note and a
    /// name in another row's cell, to vary the records.
    private static func nodes(_ count: Int) -> [(PlanNode, Int)] {
        (1...count).map { row in
            let location = RowLocation(sheet: sheet, row: row)
            let isProgram = row % 4 == 1
            let nameCell = CellLocation(sheet: sheet, row: row % 2 == 0 ? row : row + 1, column: 2)
            let pagu: ByYear<Pagu> = [2025: Pagu(state: .value(Rupiah(Int64(row) * 1_000_000)), text: "\(row).000.000",
                                                 at: CellLocation(sheet: sheet, row: row, column: 7))]
            let node = PlanNode(level: isProgram ? .program : .kegiatan, row: location,
                                nama: Text("Kegiatan nomor \(row) dengan nama yang cukup panjang", at: nameCell),
                                indikator: [Indikator(nama: Text("Jumlah \(row)", at: nameCell))], pagu: pagu,
                                notes: row % 2 == 1 ? ["misi": Text("Misi \(row)", at: nameCell)] : [:])
            return (node, isProgram ? 0 : 1)
        }
    }

    private static func build(_ nodes: [(PlanNode, Int)], keepingFrom: Int) -> [PlanNode] {
        var builder = TreeBuilder(keepingFrom: keepingFrom)
        for (node, depth) in nodes { builder.add(node, depth: depth) }
        return builder.finish()
    }

    @Test(arguments: [1, 2, 6, 7, 40])
    func aTreeKeptPartWayIsTheTreeOfObjects(keepingFrom: Int) {
        let nodes = Self.nodes(41)
        let objects = Self.build(nodes, keepingFrom: .max), kept = Self.build(nodes, keepingFrom: keepingFrom)
        #expect(objects.count == 11 && objects.allSatisfy { $0.children.count == 3 || $0.row.row == 41 })
        #expect(kept == objects)
        let keptNodes = kept.flatMap(\.allNodes), objectNodes = objects.flatMap(\.allNodes)
        #expect(keptNodes.map(\.nama) == objectNodes.map(\.nama) && keptNodes.map(\.notes) == objectNodes.map(\.notes))
        #expect(keptNodes.map(\.pagu) == objectNodes.map(\.pagu) && keptNodes.map(\.row) == objectNodes.map(\.row))
    }
}
