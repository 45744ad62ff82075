import Foundation
import Testing
@testable import RenstraMapping
import RenstraModel

/// The bundled samples: each table imports to one tree whatever its form (workbook, workbook
/// pasted back from print, CSV export), with every row placed or set aside with its reason.
@Suite struct SampleImportTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func document(_ sample: String) throws -> RenstraDocument {
        try Importer.importFile(root.appendingPathComponent("samples/\(sample)").path, displayName: "samples/\(sample)",
                                mapping: nil).document
    }

    /// What a node means, without where it was printed: level, code, number, name, indikator,
    /// satuan and every figure's reading.
    static func meaning(_ node: PlanNode) -> String {
        func figure<Value>(_ figure: Figure<Value>?) -> String {
            guard let figure else { return "·" }
            switch figure.state {
            case .value(let value): return "\(value)"
            case .none: return "-"
            case .missing: return "∅"
            case .unreadable: return "?"
            }
        }
        let indikator = node.indikator.map { indikator in
            [indikator.nama?.value ?? "", indikator.satuan?.value ?? "", indikator.kondisiAwal?.value ?? ""]
                + indikator.targets.keys.sorted().map { figure(indikator.targets[$0]) } + [figure(indikator.targetAkhir)]
        }
        let pagu = node.pagu.keys.sorted().map { figure(node.pagu[$0]) } + [figure(node.paguAkhir)]
        let own = "\(node.level) \(node.kodeParts) \(node.nomor?.value ?? "") \(node.nama?.value ?? "") \(indikator) \(pagu) \(node.notes.mapValues(\.value).sorted { $0.key < $1.key })"
        return ([own] + node.children.map(meaning)).joined(separator: "\n")
    }

    static func meaning(_ document: RenstraDocument) -> String {
        document.nodes.map(meaning).joined(separator: "\n") + "\ntotal "
            + (document.total.map { total in total.pagu.keys.sorted().map { "\(total.pagu[$0]!.state)" }.joined(separator: " ") } ?? "none")
    }

    @Test(arguments: ["tabel-5.1.csv", "tabel-5.1-as-printed.xlsx"])
    func tabel51ImportsToTheSameTreeInEveryForm(sample: String) throws {
        let reference = try Self.document("tabel-5.1.xlsx")
        let other = try Self.document(sample)
        #expect(Self.meaning(other) == Self.meaning(reference))
        #expect(other.years == reference.years)
    }

    @Test func tabel61ImportsToTheSameTreeFromItsCSV() throws {
        #expect(Self.meaning(try Self.document("tabel-6.1.csv")) == Self.meaning(try Self.document("tabel-6.1.xlsx")))
    }

    @Test func tabel51HasTheSourcesProgramsAndKegiatan() throws {
        let document = try Self.document("tabel-5.1.xlsx")
        #expect(document.mapping == "renstra-2015-2019-kode@1")
        #expect(document.nodes(at: .program).count == 14)
        #expect(document.nodes(at: .kegiatan).count == 193)
        #expect(document.nodes(at: .urusan).map(\.kodeParts) == [["2"], ["4"], ["5"]])
        #expect(document.nodes(at: .bidang).map(\.nama?.value) == ["KOPERASI DAN USAHA KECIL MENENGAH", "Pendidikan dan Pelatihan", "NON URUSAN"])
        #expect(document.total?.paguAkhir?.value == Rupiah(102_671_044_000))
        #expect(document.years == Array(2015...2019))
    }

    @Test func theProgramOf2_11_15HoldsItsKegiatanAndFigures() throws {
        let document = try Self.document("tabel-5.1.xlsx")
        let program = try #require(document.nodes(at: .program).first { $0.kodeParts == ["2", "11", "15"] })
        #expect(program.nomor?.value == "1")
        #expect(program.pagu[2015]?.value == Rupiah(705_000_000))
        #expect(program.indikator.first?.satuan?.value == "KUMKM")
        #expect(program.children.first?.nama?.value == "Bimbingan teknis penyusunan proposal permodalan bagi KUMKM")
        #expect(program.children.first?.pagu[2015]?.state == Pagu.State.none)
    }

    @Test func thePrintedCopySetsAsideItsPageArtefactsWithReasons() throws {
        let document = try Self.document("tabel-5.1-as-printed.xlsx")
        let reasons = Dictionary(grouping: document.ignoredRows, by: \.reason).mapValues(\.count)
        #expect(reasons[.repeatedRow] == 14)
        #expect(reasons[.unplaced] == nil)
        #expect(document.rowCounts.read == document.rowCounts.placed + document.rowCounts.ignored)
        let repeats = document.ignoredRows.filter { $0.reason == .repeatedRow }
        #expect(repeats.allSatisfy { $0.repeats != nil && $0.repeats!.row < $0.row.row })
    }

    @Test func tabel61HasItsTujuanSasaranProgramsAndKegiatan() throws {
        let document = try Self.document("tabel-6.1.xlsx")
        #expect(document.mapping == "renstra-2020-2024-tujuan-sasaran@1")
        #expect(document.nodes(at: .tujuan).count == 1)
        #expect(document.nodes(at: .sasaran).count == 3)
        #expect(document.nodes(at: .program).count == 11)
        #expect(document.nodes(at: .kegiatan).count == 65)
        #expect(document.statedMoneyUnit == .ribu)
        #expect(document.moneyUnit == .rupiah)
        #expect(document.total?.pagu[2024]?.value == Rupiah(13_085_276_000))
        #expect(document.rowCounts.ignored == document.ignoredRows.count)
        #expect(!document.ignoredRows.contains { $0.reason == .unplaced })
    }

    @Test func hashesInTabel61StayUnreadable() throws {
        let document = try Self.document("tabel-6.1.xlsx")
        let kegiatan = try #require(document.nodes(at: .kegiatan).first { $0.nama?.value.hasPrefix("Penyediaan barang cetakan") == true })
        #expect(kegiatan.indikator.first?.targets.values.allSatisfy { if case .unreadable = $0.state { true } else { false } } == true)
        #expect(kegiatan.pagu[2020]?.value != nil)
    }
}

/// The mappings compiled into the tool are the files in `mappings/`.
@Suite struct ShippedMappingsTests {
    @Test func theEmbeddedTextsMatchTheMappingFiles() throws {
        let directory = SampleImportTests.root.appendingPathComponent("mappings")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(ShippedMappingTexts.files.map(\.name) == files, "run `make mappings`")
        for file in ShippedMappingTexts.files {
            let text = try String(contentsOf: directory.appendingPathComponent(file.name), encoding: .utf8)
            #expect(file.text + "\n" == text, "mappings/\(file.name) changed: run `make mappings`")
        }
    }
}
