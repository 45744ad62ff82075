import Foundation
import Testing
@testable import RenstraMapping
import RenstraModel
import TestSupport

/// Tabel T-C.27 of Permendagri 86/2017 and its shipped mapping: the T-C.27 sample built from
/// Tabel 5.1 imports to Tabel 5.1's programs, kegiatan and figures, and each sample gets its
/// own mapping when none is given.
@Suite(.scratch) struct TC27ImportTests {
    static let mappingName = "renstra-tc27-86-2017"

    @Test(arguments: ["tabel-5.1-tc27.xlsx", "tabel-5.1-tc27.csv"])
    func importsToTabel51sProgramsKegiatanAndFigures(sample: String) throws {
        let reference = try SampleImportTests.document("tabel-5.1.xlsx")
        let tc27 = try SampleImportTests.document(sample)
        #expect(tc27.mapping == "\(Self.mappingName)@1")
        // The form has no urusan or bidang subtotal rows: the programs are the top level.
        #expect(tc27.nodes.allSatisfy { $0.level == .program })
        #expect(tc27.nodes(at: .program).count == 14)
        #expect(tc27.nodes(at: .kegiatan).count == 193)
        #expect(TreeComparison.programs(tc27) == TreeComparison.programs(reference))
        #expect(TreeComparison.total(tc27) == TreeComparison.total(reference))
        #expect(tc27.years == reference.years)
        #expect(tc27.moneyUnit == .rupiah)
        #expect(tc27.opd == reference.opd)
        #expect(tc27.title == "RENCANA PROGRAM, KEGIATAN, DAN PENDANAAN PERANGKAT DAERAH")
        #expect(tc27.rowCounts.read == tc27.rowCounts.placed + tc27.rowCounts.ignored)
        #expect(tc27.rowCounts.placed == 14 + 193 + 1)
        #expect(!tc27.ignoredRows.contains { $0.reason == .unplaced })
    }

    @Test func theCodeIsOneColumnAndTheRowNumberOpensTheName() throws {
        let document = try SampleImportTests.document("tabel-5.1-tc27.xlsx")
        let program = try #require(document.nodes.first)
        #expect(program.kode?.value == "2.11.15")
        #expect(program.kode?.at.cell == "C10")
        #expect(program.nomor?.value == "1.")
        #expect(program.nama?.value == "Program Pengembangan Sistem Pendukung Usaha Bagi Koperasi, Usaha Mikro, Kecil dan Menengah")
        let kegiatan = try #require(program.children.first)
        #expect(kegiatan.kodeParts == ["2", "11", "15", "02"])
        #expect(kegiatan.nomor?.value == "1.")
        #expect(kegiatan.nomor?.at.cell == "D11")
    }

    /// T-C.27 has no Satuan column: the unit after the first target that has one is the satuan.
    @Test func theSatuanIsTheUnitAfterTheTargets() throws {
        let document = try SampleImportTests.document("tabel-5.1-tc27.xlsx")
        let program = try #require(document.nodes.first)
        #expect(program.indikator.first?.satuan?.value == "KUMKM")
        #expect(program.indikator.first?.satuan?.at.cell == "G10")
        #expect(program.indikator.first?.targets[2015]?.text == "50 KUMKM")
        #expect(program.indikator.first?.targets[2015]?.value == 50)
        #expect(program.indikator.first?.targets[2015]?.storedAsText == false, "text because of its unit, not a number typed as text")
        // Bimbingan teknis: its 2015 target is "-", so the unit comes from 2016.
        let kegiatan = try #require(program.children.first)
        #expect(kegiatan.indikator.first?.satuan?.value == "org")
        #expect(kegiatan.indikator.first?.satuan?.at.cell == "I11")
        // 2.11.21.49.48 prints no satuan (defect 7 of Tabel 5.1): its targets are bare figures.
        let bare = try #require(document.nodes(at: .kegiatan).first { $0.kodeParts == ["2", "11", "21", "49"] })
        #expect(bare.indikator.first?.satuan == nil)
        #expect(bare.indikator.first?.targets.values.contains { $0.value != nil } == true)
    }

    @Test func tujuanSasaranAndUnitKerjaAreNotes() throws {
        let document = try SampleImportTests.document("tabel-5.1-tc27.xlsx")
        let program = try #require(document.nodes.first)
        // Sasaran 1 starts on the urusan subtotal in Tabel 5.1; the form starts it on the program.
        #expect(program.notes["sasaran"]?.value == "1. Meningkatkan peran koperasi dalam perekonomian Lampung")
        #expect(program.notes["sasaran"]?.at.cell == "B10")
        let sasaran2 = try #require(document.nodes(at: .kegiatan).first { $0.kodeParts == ["2", "11", "15", "05"] })
        #expect(sasaran2.notes["sasaran"]?.value == "2. Meningkatnya daya saing koperasi dan umkm")
        #expect(document.allNodes.allSatisfy { $0.notes["unit_kerja"]?.value == "Dinas Koperasi dan UKM" })
        #expect(document.allNodes.allSatisfy { $0.notes["tujuan"] == nil }, "Tabel 5.1 names no tujuan")
    }

    /// Without `--mapping`, every sample gets the mapping of its layout.
    @Test(arguments: [
        ("tabel-5.1.xlsx", "renstra-2015-2019-kode"), ("tabel-5.1-as-printed.xlsx", "renstra-2015-2019-kode"),
        ("tabel-5.1.csv", "renstra-2015-2019-kode"), ("tabel-5.1-relaid.xlsx", "renstra-2015-2019-kode"),
        ("tabel-5.1-tc27.xlsx", mappingName), ("tabel-5.1-tc27.csv", mappingName),
        ("tabel-6.1.xlsx", "renstra-2020-2024-tujuan-sasaran"), ("tabel-6.1.csv", "renstra-2020-2024-tujuan-sasaran"),
    ])
    func eachSampleGetsTheMappingOfItsLayout(sample: String, mapping: String) throws {
        let result = try Importer.importFile(SampleImportTests.root.appendingPathComponent("samples/\(sample)").path,
                                             mapping: nil)
        #expect(result.mapping.name == mapping)
        #expect(result.choice?.contains("chose mapping \(mapping)") == true)
    }

    /// A T-C.27 in the 90/2019 nomenclature: urusan and bidang rows, a kegiatan code of five
    /// parts with a sub-kegiatan under it, percentages, and a total labelled `JUMLAH`.
    @Test func aTC27WithThe90_2019NomenclatureReadsItsLevels() throws {
        let rows: [[String]] = [
            ["TABEL T-C.27"],
            [],
            ["Tujuan", "Sasaran", "Kode", "Program dan Kegiatan", "Indikator Kinerja Tujuan, Sasaran, Program (outcome) dan Kegiatan (output)",
             "Data Capaian pada Tahun Awal Perencanaan", "Target Kinerja Program dan Kerangka Pendanaan", "", "", "",
             "Kondisi Kinerja pada akhir periode Renstra Perangkat Daerah", "", "Unit Kerja Perangkat Daerah Penanggung-jawab", "Lokasi"],
            ["", "", "", "", "", "", "Tahun 2021", "", "Tahun 2022", "", "", "", "", ""],
            ["", "", "", "", "", "", "Target", "Rp", "Target", "Rp", "Target", "Rp", "", ""],
            (1...14).map(String.init),
            ["Meningkatnya daya saing UMKM", "", "2", "URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR"]
                + Array(repeating: "", count: 10),
            ["", "", "2.17", "KOPERASI, USAHA KECIL, DAN MENENGAH"] + Array(repeating: "", count: 10),
            ["", "Meningkatnya kualitas koperasi", "2.17.03", "PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI",
             "Persentase koperasi yang diawasi", "20 %", "25 %", "500.000.000", "30 %", "550.000.000", "30 %", "1.050.000.000",
             "Bidang Pengawasan", ""],
            ["", "", "2.17.03.1.01", "Pemeriksaan dan Pengawasan Koperasi", "Jumlah koperasi yang diperiksa", "",
             "40 Koperasi", "500.000.000", "45 Koperasi", "550.000.000", "85 Koperasi", "1.050.000.000", "Bidang Pengawasan", "Provinsi"],
            ["", "", "2.17.03.1.01.0001", "Pemeriksaan Koperasi", "Jumlah koperasi yang diperiksa", "",
             "40 Koperasi", "500.000.000", "45 Koperasi", "550.000.000", "85 Koperasi", "1.050.000.000", "Bidang Pengawasan", "Provinsi"],
            ["", "", "", "JUMLAH", "", "", "", "500.000.000", "", "550.000.000", "", "1.050.000.000", "", ""],
        ]
        let mapping = try #require(try ShippedMappings.named(Self.mappingName))
        let document = try Fixtures.importCSV(rows, mapping: mapping)
        #expect(document.allNodes.map(\.level) == [.urusan, .bidang, .program, .kegiatan, .subKegiatan])
        #expect(document.allNodes.map(\.kodeParts.count) == [1, 2, 3, 5, 6])
        let program = try #require(document.nodes(at: .program).first)
        #expect(program.nomor == nil)
        #expect(program.indikator.first?.satuan?.value == "%")
        #expect(program.indikator.first?.targets[2021]?.value == 25)
        #expect(program.notes["sasaran"]?.value == "Meningkatnya kualitas koperasi")
        #expect(document.nodes(at: .subKegiatan).first?.indikator.first?.satuan?.value == "Koperasi")
        #expect(document.total?.label?.value == "JUMLAH")
        #expect(document.total?.paguAkhir?.value == Rupiah(1_050_000_000))
        #expect(!document.ignoredRows.contains { $0.reason == .unplaced })
    }
}
