import Foundation
import RenstraCheck
import RenstraModel
import RenstraOutput
import Testing

/// A document whose nodes are kept in a `NodeStore` reads, checks, corrects and prints exactly
/// as the same document held as objects: each sample's tree is kept whole and compared.
@Suite struct KeptDocumentTests {
    /// The sample's document, and the same with every node kept in a store.
    private func documents(_ file: String) throws -> (objects: RenstraDocument, kept: RenstraDocument) {
        let document = try SampleFindings.document(file)
        var kept = document
        let store = NodeStore()
        kept.nodes = document.nodes.map(store.keepAll)
        return (document, kept)
    }

    @Test(arguments: SampleFindings.samples.map(\.file))
    func aKeptTreeReadsAsItsObjects(file: String) throws {
        let (objects, kept) = try documents(file)
        let objectNodes = objects.allNodes, keptNodes = kept.allNodes
        try #require(objectNodes.count == keptNodes.count && !objectNodes.isEmpty)
        for (object, node) in zip(objectNodes, keptNodes) {
            #expect(node.level == object.level && node.row == object.row)
            #expect(node.kode == object.kode && node.kodeParts == object.kodeParts && node.nomor == object.nomor)
            #expect(node.nama == object.nama && node.lokasi == object.lokasi && node.notes == object.notes)
            #expect(node.pagu == object.pagu && node.paguAkhir == object.paguAkhir)
            #expect(node.indikator == object.indikator && node.children.count == object.children.count)
            for (left, right) in zip(node.indikator, object.indikator) {
                #expect(left.nama == right.nama && left.satuan == right.satuan && left.kondisiAwal == right.kondisiAwal)
                #expect(left.targets == right.targets && left.targetAkhir == right.targetAkhir)
                #expect(left.targets.values.map(\.text) == right.targets.values.map(\.text))
            }
            #expect(node.pagu.values.map(\.text) == object.pagu.values.map(\.text))
        }
        #expect(kept == objects)
    }

    @Test(arguments: SampleFindings.samples.map(\.file))
    func aKeptTreeIsCheckedAndPrintedAlike(file: String) throws {
        let (objects, kept) = try documents(file)
        let findings = Reconciler.findings(for: objects)
        #expect(Reconciler.findings(for: kept) == findings)
        let json = try DocumentJSON.encode(objects, findings: findings, language: .en)
        #expect(try DocumentJSON.encode(kept, findings: findings, language: .en) == json)
        let fixed = Corrector.apply(findings, to: objects), keptFixed = Corrector.apply(findings, to: kept)
        #expect(keptFixed.corrections == fixed.corrections && keptFixed.document == fixed.document)
    }

    @Test func aChangedKeptNodeChangesAloneAndKeepsItsOtherFields() throws {
        let (objects, kept) = try documents("tabel-5.1.xlsx")
        var changed = kept
        let year = try #require(kept.years.first)
        let before = changed.nodes[0].children[0]
        changed.nodes[0].children[0].pagu[year] = nil
        let after = changed.nodes[0].children[0]
        #expect(after.pagu[year] == nil && after.pagu.count == before.pagu.count - 1)
        #expect(after.nama == before.nama && after.indikator == before.indikator && after.children == before.children)
        #expect(kept == objects, "the document the change was made from is unchanged")
        #expect(changed.nodes[0].children.dropFirst().elementsEqual(kept.nodes[0].children.dropFirst()))
    }
}
