import Foundation
import Spreadsheet
import Testing
@testable import RenstraMapping
import RenstraModel
import TestSupport

/// Tabel 5.1 re-laid out by hand (`samples/tabel-5.1-relaid.xlsx`: a cover sheet first,
/// columns in another order, an empty column between 2016 and 2017, the code in one column as
/// `2.11.15.02` with the row number beside it under `Kode`, two hidden kegiatan rows) imports
/// to Tabel 5.1's tree with the shipped mapping as it is. A table whose row number has a
/// column of its own needs the one-line change documented in docs/mapping-format.md.
@Suite(.scratch) struct RelaidImportTests {
    static let relaid = SampleImportTests.root.appendingPathComponent("samples/tabel-5.1-relaid.xlsx").path

    static func shippedMapping() throws -> Mapping {
        try #require(try ShippedMappings.named("renstra-2015-2019-kode"))
    }

    @Test func importsToTabel51sTreeWithTheShippedMapping() throws {
        let reference = try SampleImportTests.document("tabel-5.1.xlsx")
        let relaid = try Importer.importFile(Self.relaid, mapping: try Self.shippedMapping()).document
        #expect(relaid.sheet == "Matriks Renstra", "the table behind the cover sheet")
        #expect(TreeComparison.meaning(relaid) == TreeComparison.meaning(reference))
        #expect(relaid.years == reference.years)
        #expect(relaid.rowCounts.placed == reference.rowCounts.placed)
        #expect(!relaid.ignoredRows.contains { $0.reason == .unplaced })
    }

    @Test func theCodeColumnAndTheNumberBesideItMakeTheCode() throws {
        let document = try Importer.importFile(Self.relaid, mapping: try Self.shippedMapping()).document
        let kegiatan = try #require(document.nodes(at: .kegiatan).first)
        #expect(kegiatan.kode?.value == "2.11.15.02 1")
        #expect(kegiatan.kodeParts == ["2", "11", "15", "02"])
        #expect(kegiatan.nomor?.value == "1")
        #expect(kegiatan.nomor?.at.cell == "B13")
        // The bidang subtotal keeps its stray third part, as in Tabel 5.1.
        #expect(document.nodes(at: .bidang).first?.kodeParts == ["2", "11", "15"])
    }

    /// Hidden rows are still rows of the table.
    @Test func hiddenRowsArePlaced() throws {
        let reader = try SpreadsheetFile.open(Self.relaid)
        let hidden = try reader.sheet(reader.sheets[1]).hiddenRows
        #expect(hidden.count == 2)
        let document = try Importer.importFile(Self.relaid, mapping: try Self.shippedMapping()).document
        let placed = document.allNodes.filter { hidden.contains($0.row.row) }
        #expect(placed.map(\.level) == [.kegiatan, .kegiatan])
        #expect(placed.map(\.nomor?.value) == ["2", "1."])
    }

    /// The row number in a column of its own after `Kode`, not under it: one line of
    /// the shipped mapping changes, `header: [Kode]` of the kode rule becoming `header: [[Kode, No]]`.
    @Test func aRowNumberColumnOfItsOwnTakesTheDocumentedOneLineChange() throws {
        let shipped = try #require(ShippedMappingTexts.files.first { $0.name == "renstra-2015-2019-kode.yaml" }).text
        let changed = shipped.replacingOccurrences(of: "    header: [Kode]\n", with: "    header: [[Kode, No]]\n")
        let difference = zip(shipped.split(separator: "\n"), changed.split(separator: "\n")).filter { $0 != $1 }
        #expect(difference.count == 1 && shipped.split(separator: "\n").count == changed.split(separator: "\n").count)
        let mapping = try MappingLoader.load(yaml: changed, source: "renstra-2015-2019-kode (kode and no).yaml")
        let rows: [[String]] = [
            ["TABEL 5.1"],
            [],
            ["Kode", "No", "Nama Program/Kegiatan", "Indikator Kinerja", "Satuan", "Kondisi Awal",
             "Target Kinerja Program/Kegiatan dan Kerangka Pendanaan", "", "", "", "Kondisi Akhir", ""],
            ["", "", "", "", "", "", "Tahun 2016", "", "Tahun 2017", "", "", ""],
            ["", "", "", "", "", "", "Target", "Rp", "Target", "Rp", "Target", "Rp"],
            (1...12).map(String.init),
            ["2.11.15", "1", "Program A", "Meningkatnya KUMKM", "KUMKM", "", "50", "300.000.000", "75", "400.000.000", "75", "700.000.000"],
            ["2.11.15.02", "1", "Kegiatan satu", "Peserta", "org", "", "30", "150.000.000", "30", "150.000.000", "60", "300.000.000"],
            ["2.11.15.03", "2", "Kegiatan dua", "Koperasi", "kop", "", "30", "150.000.000", "50", "250.000.000", "50", "400.000.000"],
        ]
        let document = try Fixtures.importCSV(rows, mapping: mapping)
        let program = try #require(document.nodes.first)
        #expect(program.level == .program)
        #expect(program.kodeParts == ["2", "11", "15"])
        #expect(program.nomor?.value == "1")
        #expect(program.children.map(\.kodeParts) == [["2", "11", "15", "02"], ["2", "11", "15", "03"]])
        #expect(program.children.map(\.nomor?.value) == ["1", "2"])
    }
}
