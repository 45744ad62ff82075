import Foundation
import Spreadsheet
import Testing

/// Reads the committed samples back with the project's own reader and checks them against the
/// TSVs: a few exact cells, the merged ranges, and every printed row once and in order.
@Suite struct GeneratedWorkbookTests {
    /// How a TSV field reaches a column: as a figure (number/text rule) or always as text.
    enum Field {
        case figure(String)
        case text(String)
        case kegiatanName

        func expected(_ row: TranscribedTable.Row) -> CellValue? {
            switch self {
            case .figure(let column): ExpectedCell.figure(row[column])
            case .text(let column): ExpectedCell.text(row[column])
            case .kegiatanName: ExpectedCell.text([row["no"], row["kegiatan"]].filter { !$0.isEmpty }.joined(separator: " "))
            }
        }

        /// The field as the CSV shows it: exactly as printed.
        func printed(_ row: TranscribedTable.Row) -> CellValue? {
            switch self {
            case .figure(let column), .text(let column): ExpectedCell.text(row[column])
            case .kegiatanName: expected(row)
            }
        }
    }

    /// Tabel 5.1 columns A…AB.
    static let columns51: [Field] = [.text("ket"), .text("misi"), .text("tujuan"), .text("sasaran"),
                                     .text("indikator_sasaran"), .figure("target_sasaran"), .figure("k_urusan"),
                                     .figure("k_bidang"), .figure("k_program"), .figure("k_kegiatan"), .figure("no"),
                                     .text("nama"), .text("indikator"), .text("satuan"), .figure("awal")]
        + (2015...2019).flatMap { [Field.figure("t\($0)"), .figure("rp\($0)")] }
        + [.figure("t_akhir"), .figure("rp_akhir"), .text("lokasi")]

    /// Tabel 6.1 columns A…V.
    static let columns61: [Field] = [.text("tujuan"), .text("indikator_tujuan"), .text("sasaran"),
                                     .text("indikator_sasaran"), .text("sasaran_program"), .text("program"),
                                     .text("indikator_program"), .text("satuan"), .figure("kondisi_awal"),
                                     .text("sasaran_kegiatan"), .kegiatanName, .text("indikator_kegiatan")]
        + (2020...2024).flatMap { [Field.figure("t\($0)"), .figure("p\($0)")] }

    static let bodyTop51 = 10
    static let bodyTop61 = 9

    static func expectedRow(_ row: TranscribedTable.Row, _ columns: [Field],
                            _ value: (Field, TranscribedTable.Row) -> CellValue?) -> [Int: CellValue] {
        var cells: [Int: CellValue] = [:]
        for (offset, field) in columns.enumerated() { cells[offset + 1] = value(field, row) }
        return cells
    }

    /// Every row of `rows` is on the sheet, in order from `top`, cell for cell, and nothing follows.
    static func expectBody(_ sheet: Sheet, top: Int, rows: [TranscribedTable.Row], columns: [Field],
                           _ value: (Field, TranscribedTable.Row) -> CellValue?) {
        for (offset, row) in rows.enumerated() {
            #expect(sheet.values(ofRow: top + offset) == expectedRow(row, columns, value),
                    "\(sheet.info.name) row \(top + offset) ≠ TSV line \(row.line)")
        }
        #expect(sheet.rows.last?.number == top + rows.count - 1)
    }

    // MARK: Tabel 5.1

    @Test func tabel51Workbook() throws {
        let sheet = try readSample("tabel-5.1.xlsx")
        #expect(sheet.info.name == "Tabel 5.1")
        #expect(sheet.value("A1") == .text("TABEL 5.1"))
        #expect(sheet.value("A3") == .text("DINAS KOPERASI, USAHA KECIL DAN MENENGAH PROVINSI LAMPUNG"))
        #expect(sheet.value("A4") == .text("PERIODE PELAKSANAAN TAHUN 2015-2019"))
        #expect(sheet.value("G6") == .text("Kode"))
        #expect(sheet.value("J8") == .text("Kegiatan"))
        #expect(sheet.value("P6") == .text("Target Kinerja Program/Kegiatan dan Kerangka Pendanaan"))
        #expect(sheet.value("R7") == .text("Tahun 2016"))
        #expect(sheet.value("S8") == .text("Rp"))
        #expect(sheet.value("Z6") == .text("Kondisi Kinerja Pada Akhir Periode Renstra OPD"))
        #expect(sheet.value("A9") == .number(NumberText("1")!))
        #expect(sheet.value("AB9") == .number(NumberText("28")!))
        // Program 2.11.15, Rp 2016 printed 8.140.000.000.
        #expect(sheet.value("L12") == .text("Program Pengembangan Sistem Pendukung Usaha Bagi Koperasi, Usaha Mikro, Kecil dan Menengah"))
        #expect(sheet.value("S12") == .number(NumberText("8140000000")!))
        // Kegiatan 2 11 15 2 1, codes as numbers.
        #expect(["G13", "H13", "I13", "J13", "K13"].map { sheet.value($0) }
                == ["2", "11", "15", "2", "1"].map { .number(NumberText($0)!) })
        // The bidang subtotal's "-" end-of-period target stays text.
        #expect(sheet.value("Z11") == .text("-"))
        let merged = Set(sheet.mergedRanges.map(\.description))
        for range in ["A1:AB1", "G6:K7", "P6:Y6", "P7:Q7", "Z6:AA7", "AB6:AB8", "B10:B222", "D10:D14", "D15:D222"] {
            #expect(merged.contains(range), "\(range) is merged")
        }
        #expect(sheet.mergedRanges.count == 32)
        let rows = try TranscribedTable("tabel-5.1.tsv").rows.filter { !$0.isRepeat }
        Self.expectBody(sheet, top: Self.bodyTop51, rows: rows, columns: Self.columns51) { $0.expected($1) }
    }

    @Test func tabel51CSV() throws {
        let sheet = try readSample("tabel-5.1.csv")
        #expect(sheet.value("A1") == .text("TABEL 5.1"))
        #expect(sheet.value("G6") == .text("Kode"))
        #expect(sheet.value("AB9") == .text("28"))
        #expect(sheet.value("S12") == .text("8.140.000.000"))
        #expect(sheet.value("J13") == .text("2"))
        let rows = try TranscribedTable("tabel-5.1.tsv").rows.filter { !$0.isRepeat }
        Self.expectBody(sheet, top: Self.bodyTop51, rows: rows, columns: Self.columns51) { $0.printed($1) }
        try Self.expectExcelCSVShape("tabel-5.1.csv", columns: 28, records: 9 + rows.count)
    }

    @Test func tabel51AsPrinted() throws {
        let sheet = try readSample("tabel-5.1-as-printed.xlsx")
        let rows = try TranscribedTable("tabel-5.1.tsv").rows
        let pages = Dictionary(grouping: rows) { Int($0["page"])! }
        var top = 1
        for page in pages.keys.sorted() {
            #expect(sheet.values(ofRow: top) == [1: .text("TABEL 5.1")], "page \(page) starts with the title")
            #expect(sheet.values(ofRow: top + 7)[16] == .text("Target"), "page \(page) repeats the header")
            #expect(sheet.values(ofRow: top + 8)[28] == .number(NumberText("28")!), "page \(page) numbers the columns")
            let body = pages[page]!
            for (offset, row) in body.enumerated() {
                #expect(sheet.values(ofRow: top + 9 + offset) == Self.expectedRow(row, Self.columns51) { $0.expected($1) },
                        "page \(page): row \(top + 9 + offset) ≠ TSV line \(row.line)")
            }
            let pageNumberRow = top + 9 + body.count
            #expect(sheet.values(ofRow: pageNumberRow) == [14: .number(NumberText(String(page))!)])
            #expect(sheet.values(ofRow: pageNumberRow + 1).isEmpty)
            top = pageNumberRow + 2
        }
        #expect(pages.count == 15)
        #expect(sheet.rows.last?.number == top - 2)
        #expect(sheet.rows.filter { $0.cells.first?.value == .text("TABEL 5.1") }.count == 15)
        // Only the header blocks are merged: 4 titles and 19 header cells per page.
        #expect(sheet.mergedRanges.count == 15 * 23)
        #expect(sheet.mergedRanges.allSatisfy { $0.start.row == $0.end.row || $0.end.row - $0.start.row <= 2 })
    }

    // MARK: Tabel 6.1

    static func tabel61Line(_ seedLine: String) throws -> Int {
        let rows = try TranscribedTable("tabel-6.1.tsv").rows
        return Self.bodyTop61 + (try #require(rows.firstIndex { $0["seed_line"] == seedLine }))
    }

    @Test func tabel61Workbook() throws {
        let sheet = try readSample("tabel-6.1.xlsx")
        #expect(sheet.info.name == "Tabel 6.1")
        #expect(sheet.value("A1") == .text("TABEL 6.1"))
        #expect(sheet.value("A3") == .text("DINAS KOPERASI DAN UKM PROVINSI LAMPUNG"))
        #expect(sheet.value("E6") == .text("PROGRAM"))
        #expect(sheet.value("F8") == .text("NAMA PROGRAM"))
        #expect(sheet.value("I6") == .text("KONDISI AWAL TAHUN 2018/2019"))
        #expect(sheet.value("M6") == .text("CAPAIAN KINERJA PROGRAM DAN KERANGKA PENDANAAN"))
        #expect(sheet.value("O7") == .number(NumberText("2021")!))
        #expect(sheet.value("N8") == .text("PAGU (ribu)"), "the printed unit is kept: the importer must catch it")
        // Program Peningkatan Kualitas Kelembagaan Koperasi.
        #expect(sheet.value("F9") == .text("Peningkatan Kualitas Kelembagaan Koperasi"))
        #expect(sheet.value("I9") == .text("27,18 %"))
        #expect(sheet.value("M9") == .number(NumberText("27.2")!))
        #expect(sheet.value("P9") == .number(NumberText("525000000")!))
        #expect(sheet.value("K10") == .text("1. Koordinasi Kelembagaan dan up-dating Data Keragaan Koperasi"))
        let printing = try Self.tabel61Line("5747")
        #expect(sheet.value(at: CellAddress(row: printing, column: 13)!) == .text("######"))
        #expect(sheet.value(at: CellAddress(row: printing, column: 17)!) == .text("#####"))
        #expect(sheet.value(at: CellAddress(row: printing, column: 14)!) == .number(NumberText("30000000")!))
        let unnumbered = try Self.tabel61Line("5587")
        #expect(sheet.value(at: CellAddress(row: unnumbered, column: 11)!)
                == .text("Peningkatan Layanan Usaha bagi KUMKM Mitra Binaan PLUT"))
        let merged = Set(sheet.mergedRanges.map(\.description))
        let sasaran2 = try Self.tabel61Line("5110"), pendukung = try Self.tabel61Line("5640")
        for range in ["A1:V1", "E6:G7", "M6:V6", "M7:N7", "A6:A8", "A9:A84", "B9:B84", "C9:C\(sasaran2 - 1)",
                      "C\(sasaran2):C\(pendukung - 1)", "C\(pendukung):C84"] {
            #expect(merged.contains(range), "\(range) is merged")
        }
        let rows = try TranscribedTable("tabel-6.1.tsv").rows
        Self.expectBody(sheet, top: Self.bodyTop61, rows: rows, columns: Self.columns61) { $0.expected($1) }
    }

    @Test func tabel61CSV() throws {
        let sheet = try readSample("tabel-6.1.csv")
        #expect(sheet.value("A1") == .text("TABEL 6.1"))
        #expect(sheet.value("N8") == .text("PAGU (ribu)"))
        #expect(sheet.value("M7") == .text("2020"))
        #expect(sheet.value("M9") == .text("27,2"))
        #expect(sheet.value("V85") == .text("13.085.276.000"))
        let rows = try TranscribedTable("tabel-6.1.tsv").rows
        Self.expectBody(sheet, top: Self.bodyTop61, rows: rows, columns: Self.columns61) { $0.printed($1) }
        try Self.expectExcelCSVShape("tabel-6.1.csv", columns: 22, records: 8 + rows.count)
    }

    /// UTF-8 with a byte-order mark, `;` between fields, CRLF after every record, every record
    /// as wide as the sheet, and quotes around a field exactly when it holds `;` or `"`.
    static func expectExcelCSVShape(_ name: String, columns: Int, records: Int) throws {
        let bytes = [UInt8](try Data(contentsOf: Repository.samples.appendingPathComponent(name)))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasSuffix("\r\n"))
        let lines = text.components(separatedBy: "\r\n").dropLast()
        #expect(lines.count == records, "no field holds a line break, so one line per record")
        for (offset, line) in lines.enumerated() {
            let fields = splitRecord(line)
            #expect(fields.count == columns, "line \(offset + 1)")
            for field in fields {
                #expect(field.quoted == (field.text.contains(";") || field.text.contains("\"")),
                        "line \(offset + 1): \(field.text)")
            }
        }
    }

    /// Splits one CSV line at `;` outside quotes, undoing RFC 4180 quoting.
    static func splitRecord(_ line: String) -> [(text: String, quoted: Bool)] {
        var fields: [(text: String, quoted: Bool)] = []
        var current = "", quoted = false, inQuotes = false
        var characters = Array(line)[...]
        while let character = characters.popFirst() {
            if inQuotes {
                if character == "\"" {
                    if characters.first == "\"" { current.append("\""); characters.removeFirst() } else { inQuotes = false }
                } else {
                    current.append(character)
                }
            } else if character == "\"", current.isEmpty {
                inQuotes = true
                quoted = true
            } else if character == ";" {
                fields.append((current, quoted))
                current = ""
                quoted = false
            } else {
                current.append(character)
            }
        }
        fields.append((current, quoted))
        return fields
    }
}
