import Foundation
@testable import RenstraMapping
import RenstraModel
import TestSupport

/// Small tables written as CSV for mapping tests, and a compact coded mapping to read them.
enum Fixtures {
    /// A coded mapping like the shipped 2015–2019 one, with two years.
    static let codedYAML = """
        version: 1
        name: test-coded
        title: Test coded matrix
        header:
          anchor: [Kode, Nama]
          rows: 2
          column_numbers: true
        columns:
          - {field: kode, header: [Kode], all_columns: true}
          - {field: nama, header: [Nama]}
          - {field: satuan, header: [[Satuan, SAT]]}
        years:
          year: ["Tahun {year}"]
          target: [Target]
          pagu: [Rp, PAGU]
        akhir:
          group: [Kondisi Akhir]
          target: [Target]
          pagu: [Rp]
        levels:
          - {level: program, when: {code_parts: [4]}, number_in_code: true}
          - {level: kegiatan, when: {code_parts: [5]}, number_in_code: true}
        total:
          empty: [kode, nama]
          filled: [pagu]
        """

    static var coded: Mapping { try! MappingLoader.load(yaml: codedYAML, source: "test-coded.yaml") }

    /// The coded table: title, two header rows, column numbers, a program with two kegiatan, a total.
    static let codedRows: [[String]] = [
        ["TABEL UJI"],
        [],
        ["Kode", "", "", "", "", "Nama", "Satuan", "Tahun 2016", "", "Tahun 2017", "", "Kondisi Akhir", ""],
        ["", "", "", "", "", "", "", "Target", "Rp", "Target", "Rp", "Target", "Rp"],
        ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13"],
        ["2", "11", "15", "", "1", "Program A", "", "50", "705.000.000", "75", "8.400.000.000", "125", "9.105.000.000"],
        ["2", "11", "15", "2", "1", "Kegiatan satu", "org", "30", "150.000.000", "-", "-", "30", "150.000.000"],
        ["2", "11", "15", "3", "2", "Kegiatan dua", "kop", "######", "555.000.000", "50", "8.400.000.000", "50", "8.955.000.000"],
        ["", "", "", "", "", "", "", "", "705.000.000", "", "8.400.000.000", "", "9.105.000.000"],
    ]

    /// Writes rows as a `;` CSV in the test's scratch directory and returns its path.
    static func csv(_ rows: [[String]], name: String = "tabel.csv") throws -> String {
        let url = try Scratch.file(name)
        let text = rows.map { $0.map { $0.contains(";") ? "\"\($0)\"" : $0 }.joined(separator: ";") }.joined(separator: "\r\n")
        try Data((text + "\r\n").utf8).write(to: url)
        return url.path
    }

    static func importCSV(_ rows: [[String]], mapping: Mapping = coded) throws -> RenstraDocument {
        try Importer.importFile(csv(rows), mapping: mapping).document
    }
}
