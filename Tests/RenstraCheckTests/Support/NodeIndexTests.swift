import Testing
@testable import RenstraCheck
import RenstraModel

/// `NodeIndex` keeps each node's parent only; children, roots and programs are found from them.
@Suite struct NodeIndexTests {
    static let index = NodeIndex(Tiny.document([
        Tiny.node(.bidang, 3, kode: "2 11", children: [
            Tiny.node(.program, 4, kode: "2 11 15", children: [
                Tiny.node(.kegiatan, 5, kode: "2 11 15 1", children: [Tiny.node(.subKegiatan, 6, kode: "2 11 15 1 1")]),
                Tiny.node(.kegiatan, 7, kode: "2 11 15 2"),
            ]),
            Tiny.node(.program, 8, kode: "2 11 16"),
        ]),
        Tiny.node(.kegiatan, 9, kode: "9 9"),
    ]))

    @Test func entriesAreInSourceOrderWithTheirParents() {
        let index = Self.index
        #expect(index.entries.map(\.node.row.row) == [3, 4, 5, 6, 7, 8, 9])
        #expect(index.entries.map(\.parent) == [nil, 0, 1, 2, 1, 0, nil])
        #expect(index.levels == [.bidang, .program, .kegiatan, .subKegiatan, .kegiatan, .program, .kegiatan])
        #expect(index.roots == [0, 6])
        #expect(index.children(of: 0) == [1, 5])
        #expect(index.children(of: 1) == [2, 4])
        #expect(index.children(of: 3) == [])
    }

    /// The program a node is or lies under, however deep; none above the programs or beside them.
    @Test func theProgramIsFoundUpTheParents() {
        let index = Self.index
        #expect((0..<7).map { index.programPlace(of: $0) } == [nil, 1, 1, 1, 1, 5, nil])
        #expect((0..<7).map { index.program(of: $0)?.row } == [nil, 4, 4, 4, 4, 8, nil])
    }
}
