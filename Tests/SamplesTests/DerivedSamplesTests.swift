import Foundation
import Spreadsheet
import Testing

/// The samples that lay Tabel 5.1's data out differently, read back with the project's own
/// reader and checked against the TSV: Tabel T-C.27 of Permendagri 86/2017 (workbook and CSV)
/// and the workbook re-laid out by hand. The expectations are written from the layouts'
/// descriptions in `samples/README.md`, independently of the generator.
@Suite struct DerivedSamplesTests {
    /// How a value of a TSV row reaches a column of these layouts.
    enum Field {
        case figure(String)
        case text(String)
        /// The code in one cell: urusan, then bidang, program and kegiatan with two digits at
        /// least, under the number/text rule (an urusan code alone, `2`, is a number).
        case dottedCode
        /// T-C.27's column (4): the row number with a dot, then the name.
        case numberedName
        /// T-C.27's target cells: a plain figure with the satuan after it.
        case targetWithSatuan(String)
        /// T-C.27's column (19).
        case unitKerja
        /// T-C.27's tujuan or sasaran, which may start on a subtotal row that the form leaves out.
        case carried(String)
        /// The column inserted by hand: nothing in it.
        case gap

        func expected(_ row: TranscribedTable.Row, carried: [String: String]) -> CellValue? {
            switch self {
            case .figure(let column): ExpectedCell.figure(row[column])
            case .text(let column): ExpectedCell.text(row[column])
            case .dottedCode:
                ExpectedCell.figure(["k_urusan", "k_bidang", "k_program", "k_kegiatan"].map { row[$0] }.filter { !$0.isEmpty }
                    .enumerated().map { $0 == 0 ? $1 : String(repeating: "0", count: max(0, 2 - $1.count)) + $1 }
                    .joined(separator: "."))
            case .numberedName:
                ExpectedCell.text(row["no"].isEmpty ? row["nama"]
                    : row["no"].trimmingCharacters(in: CharacterSet(charactersIn: ".")) + ". " + row["nama"])
            case .targetWithSatuan(let column):
                ExpectedCell.figure(row[column]).map { value in
                    guard case .number = value, !row["satuan"].isEmpty else { return value }
                    return .text(row[column] + " " + row["satuan"])
                }
            case .unitKerja: row.kind == "total" ? nil : .text("Dinas Koperasi dan UKM")
            case .carried(let column): ExpectedCell.text(row[column].isEmpty ? carried[column] ?? "" : row[column])
            case .gap: nil
            }
        }

        /// The value as the CSV shows it: figures as printed.
        func printed(_ row: TranscribedTable.Row, carried: [String: String]) -> CellValue? {
            let value = expected(row, carried: carried)
            switch self {
            case .figure(let column): return ExpectedCell.text(row[column])
            case .targetWithSatuan(let column): if case .number = value { return .text(row[column]) } else { return value }
            default: return value
            }
        }
    }

    // MARK: T-C.27

    static let columnsTC27: [Field] = [.carried("tujuan"), .carried("sasaran"), .dottedCode, .numberedName,
                                       .text("indikator"), .figure("awal")]
        + (2015...2019).flatMap { [Field.targetWithSatuan("t\($0)"), .figure("rp\($0)")] }
        + [.targetWithSatuan("t_akhir"), .figure("rp_akhir"), .unitKerja, .text("lokasi")]

    /// T-C.27's rows with the tujuan and sasaran each row starts (its own, or one carried down
    /// from the subtotal rows left out just above it).
    static func rowsTC27() throws -> [(row: TranscribedTable.Row, carried: [String: String])] {
        var rows: [(row: TranscribedTable.Row, carried: [String: String])] = []
        var carried: [String: String] = [:]
        for row in try TranscribedTable("tabel-5.1.tsv").rows where !row.isRepeat {
            if row.kind == "urusan" || row.kind == "bidang" {
                for column in ["tujuan", "sasaran"] where !row[column].isEmpty { carried[column] = row[column] }
                continue
            }
            rows.append((row, carried))
            carried = [:]
        }
        return rows
    }

    static func expectTC27Body(_ sheet: Sheet, _ value: (Field, TranscribedTable.Row, [String: String]) -> CellValue?) throws {
        let rows = try rowsTC27()
        #expect(rows.count == 14 + 193 + 1)
        for (offset, entry) in rows.enumerated() {
            var cells: [Int: CellValue] = [:]
            for (index, field) in columnsTC27.enumerated() { cells[index + 1] = value(field, entry.row, entry.carried) }
            #expect(sheet.values(ofRow: 10 + offset) == cells, "T-C.27 row \(10 + offset) ≠ TSV line \(entry.row.line)")
        }
        #expect(sheet.rows.last?.number == 9 + rows.count)
    }

    @Test func tc27Workbook() throws {
        let sheet = try readSample("tabel-5.1-tc27.xlsx")
        #expect(sheet.info.name == "T-C.27")
        #expect(sheet.value("A1") == .text("TABEL T-C.27"))
        #expect(sheet.value("A2") == .text("RENCANA PROGRAM, KEGIATAN, DAN PENDANAAN PERANGKAT DAERAH"))
        let header: [String: String] = [
            "A6": "Tujuan", "B6": "Sasaran", "C6": "Kode", "D6": "Program dan Kegiatan",
            "E6": "Indikator Kinerja Tujuan, Sasaran, Program (outcome) dan Kegiatan (output)",
            "F6": "Data Capaian pada Tahun Awal Perencanaan", "G6": "Target Kinerja Program dan Kerangka Pendanaan",
            "G7": "Tahun 2015", "O7": "Tahun 2019", "G8": "Target", "H8": "Rp",
            "Q6": "Kondisi Kinerja pada akhir periode Renstra Perangkat Daerah", "Q8": "Target", "R8": "Rp",
            "S6": "Unit Kerja Perangkat Daerah Penanggung-jawab", "T6": "Lokasi",
        ]
        for (cell, label) in header { #expect(sheet.value(cell) == .text(label), "\(cell)") }
        #expect(sheet.values(ofRow: 9) == Dictionary(uniqueKeysWithValues: (1...20).map { ($0, .number(NumberText(String($0))!)) }))
        // Program 2.11.15 and its first kegiatan, as the README shows them.
        #expect(sheet.value("C10") == .text("2.11.15"))
        #expect(sheet.value("D10") == .text("1. Program Pengembangan Sistem Pendukung Usaha Bagi Koperasi, Usaha Mikro, Kecil dan Menengah"))
        #expect(sheet.value("G10") == .text("50 KUMKM"))
        #expect(sheet.value("H10") == .number(NumberText("705000000")!))
        #expect(sheet.value("C11") == .text("2.11.15.02"))
        #expect(sheet.value("G11") == .text("-"))
        let merged = Set(sheet.mergedRanges.map(\.description))
        for range in ["A1:T1", "A6:A8", "G6:P6", "G7:H7", "Q6:R7", "S6:S8", "B10:B12", "B13:B216"] {
            #expect(merged.contains(range), "\(range) is merged")
        }
        try Self.expectTC27Body(sheet) { $0.expected($1, carried: $2) }
    }

    @Test func tc27CSV() throws {
        let sheet = try readSample("tabel-5.1-tc27.csv")
        #expect(sheet.value("S6") == .text("Unit Kerja Perangkat Daerah Penanggung-jawab"))
        #expect(sheet.value("T9") == .text("20"))
        #expect(sheet.value("H10") == .text("705.000.000"))
        try Self.expectTC27Body(sheet) { $0.printed($1, carried: $2) }
        try GeneratedWorkbookTests.expectExcelCSVShape("tabel-5.1-tc27.csv", columns: 20, records: 9 + 208)
    }

    // MARK: re-laid Tabel 5.1

    static let endGroup = "Kondisi Kinerja Pada Akhir Periode Renstra OPD"

    static let columnsRelaid: [Field] = [.dottedCode, .figure("no"), .text("nama"), .text("satuan"), .text("indikator"),
                                         .figure("awal")]
        + (2015...2016).flatMap { [Field.figure("t\($0)"), .figure("rp\($0)")] } + [.gap]
        + (2017...2019).flatMap { [Field.figure("t\($0)"), .figure("rp\($0)")] }
        + [.figure("t_akhir"), .figure("rp_akhir"), .text("lokasi"), .text("ket"), .text("misi"), .text("tujuan"),
           .text("sasaran"), .text("indikator_sasaran"), .figure("target_sasaran")]

    @Test func relaidWorkbook() throws {
        let reader = try SpreadsheetFile.open(Repository.samples.appendingPathComponent("tabel-5.1-relaid.xlsx").path)
        #expect(reader.sheets.map(\.name) == ["Sampul", "Matriks Renstra"])
        let cover = try reader.sheet(reader.sheets[0])
        #expect(cover.value("A1") == .text("RENCANA STRATEGIS (RENSTRA) TAHUN 2015-2019"))
        #expect(cover.rows.count == 3)
        let sheet = try reader.sheet(reader.sheets[1])
        #expect(sheet.value("A1") == .text("TABEL 5.1"))
        let header: [String: String] = [
            "A6": "Kode", "A8": "Urusan/Bidang/Program/Kegiatan", "B8": "No", "C6": "Nama Program/Kegiatan", "D6": "Satuan",
            "G6": "Target Kinerja Program/Kegiatan dan Kerangka Pendanaan", "G7": "Tahun 2015", "I7": "Tahun 2016",
            "L7": "Tahun 2017", "P7": "Tahun 2019", "R6": Self.endGroup, "U6": "Ket", "Z6": "Target Sasaran",
        ]
        for (cell, label) in header { #expect(sheet.value(cell) == .text(label), "\(cell)") }
        // The empty column K has no label and no number; the numbers skip it.
        #expect(sheet.value("J9") == .number(NumberText("10")!))
        #expect(sheet.value("L9") == .number(NumberText("11")!))
        #expect(sheet.value("Z9") == .number(NumberText("25")!))
        #expect(sheet.rows.allSatisfy { row in !row.cells.contains { $0.address.column == 11 } })
        let merged = Set(sheet.mergedRanges.map(\.description))
        for range in ["A1:Z1", "A6:B7", "G6:Q6", "G7:H7", "L7:M7", "R6:S7", "U6:U8"] {
            #expect(merged.contains(range), "\(range) is merged")
        }
        let rows = try TranscribedTable("tabel-5.1.tsv").rows.filter { !$0.isRepeat }
        #expect(sheet.value("A12") == .text("2.11.15"))
        #expect(sheet.value("A13") == .text("2.11.15.02"))
        for (offset, row) in rows.enumerated() {
            var cells: [Int: CellValue] = [:]
            for (index, field) in Self.columnsRelaid.enumerated() { cells[index + 1] = field.expected(row, carried: [:]) }
            #expect(sheet.values(ofRow: 10 + offset) == cells, "row \(10 + offset) ≠ TSV line \(row.line)")
        }
        #expect(sheet.rows.last?.number == 9 + rows.count)
        // Two kegiatan rows are hidden: 2 11 15 3 2 and 5 4 17 2 1. (its row number printed with a dot).
        #expect(sheet.hiddenRows.count == 2)
        let hidden = sheet.hiddenRows.map { rows[$0 - 10] }
        #expect(hidden.map { [$0["k_program"], $0["k_kegiatan"], $0["no"]] } == [["15", "3", "2"], ["17", "2", "1."]])
        #expect(sheet.rows.filter(\.isHidden).map(\.number) == sheet.hiddenRows)
    }
}
