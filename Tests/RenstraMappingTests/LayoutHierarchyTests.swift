import Foundation
import Testing
@testable import RenstraMapping
import RenstraModel
import TestSupport

/// Hierarchy read from layout: merged tujuan and sasaran cells carried down, numbers inside
/// names, and a money header whose stated unit contradicts its figures.
@Suite(.scratch) struct LayoutHierarchyTests {
    static let yaml = """
        version: 1
        name: test-layout
        title: Test layout matrix
        header:
          anchor: [TUJUAN, KEGIATAN]
          rows: 2
        money:
          unit: detect
        columns:
          - {field: tujuan.nama, header: [TUJUAN]}
          - {field: sasaran.nama, header: [SASARAN]}
          - {field: sasaran.indikator, header: [INDIKATOR SASARAN]}
          - {field: program.nama, header: [PROGRAM]}
          - {field: satuan, header: [SAT]}
          - {field: kegiatan.nama, header: [KEGIATAN]}
        years:
          year: ["{year}"]
          target: [TARGET]
          pagu: [PAGU]
        levels:
          - {level: tujuan, carried: true, when: {filled: [tujuan.nama]}}
          - {level: sasaran, carried: true, when: {filled: [sasaran.nama]}}
          - {level: program, when: {filled: [program.nama]}}
          - {level: kegiatan, when: {filled: [kegiatan.nama]}, number_in_name: true}
        total:
          empty: [program.nama, kegiatan.nama]
          filled: [pagu]
        """

    static func rows(pagu: [String]) -> [[String]] {
        [
            ["TUJUAN", "SASARAN", "INDIKATOR SASARAN", "PROGRAM", "SAT", "KEGIATAN", "2020", ""],
            ["", "", "", "", "", "", "TARGET", "PAGU (ribu)"],
            ["Tujuan 1", "Sasaran 1", "Indikator A", "Program X", "%", "", "27,2", pagu[0]],
            ["", "", "", "", "org", "1. Koordinasi", "30", pagu[1]],
            ["", "", "Indikator B", "", "kop", "2. Penyuluhan", "40", pagu[2]],
            ["", "Sasaran 2", "", "Program Y", "kali", "", "2", pagu[3]],
            ["", "", "", "", "kali", "1. Rapat", "2", pagu[3]],
            ["", "", "", "", "", "", "", pagu[4]],
        ]
    }

    private func document(pagu: [String]) throws -> RenstraDocument {
        let mapping = try MappingLoader.load(yaml: Self.yaml, source: "test-layout.yaml")
        return try Importer.importFile(Fixtures.csv(Self.rows(pagu: pagu)), mapping: mapping).document
    }

    private let rupiahFigures = ["350.000.000", "75.000.000", "275.000.000", "120.000.000", "470.000.000"]

    @Test func mergedTujuanAndSasaranCellsAreCarriedDown() throws {
        let document = try document(pagu: rupiahFigures)
        #expect(document.nodes.map(\.level) == [.tujuan])
        let sasaran = document.nodes[0].children
        #expect(sasaran.map(\.nama?.value) == ["Sasaran 1", "Sasaran 2"])
        #expect(sasaran[0].children.map(\.nama?.value) == ["Program X"])
        #expect(sasaran[0].children[0].children.count == 2)
        #expect(sasaran[1].children[0].children.map(\.nama?.value) == ["Rapat"])
    }

    @Test func aSecondIndikatorJoinsTheOpenSasaran() throws {
        let sasaran = try document(pagu: rupiahFigures).nodes[0].children[0]
        #expect(sasaran.indikator.map(\.nama?.value) == ["Indikator A", "Indikator B"])
    }

    @Test func numbersInsideNamesAreSplitOff() throws {
        let kegiatan = try document(pagu: rupiahFigures).nodes[0].children[0].children[0].children
        #expect(kegiatan.map(\.nomor?.value) == ["1.", "2."])
        #expect(kegiatan.map(\.nama?.value) == ["Koordinasi", "Penyuluhan"])
    }

    @Test func aRibuHeaderOverFullRupiahIsReadAsRupiahAndRecorded() throws {
        let document = try document(pagu: rupiahFigures)
        #expect(document.statedMoneyUnit == .ribu)
        #expect(document.moneyUnit == .rupiah)
        #expect(document.nodes[0].children[0].children[0].pagu[2020]?.value == Rupiah(350_000_000))
    }

    @Test func aRibuHeaderOverRibuFiguresIsScaled() throws {
        let document = try document(pagu: ["350.000", "75.000", "275.000", "120.000", "470.000"])
        #expect(document.moneyUnit == .ribu)
        #expect(document.nodes[0].children[0].children[0].pagu[2020]?.value == Rupiah(350_000_000))
        #expect(document.total?.pagu[2020]?.value == Rupiah(470_000_000))
    }
}
