import Foundation
import Spreadsheet
import Testing
import TestSupport
import XLSXWriter

/// The writer on its own: what it writes reads back through the project's reader, the same
/// workbook always gives the same bytes, and bad input is refused with a typed error.
@Suite(.scratch) struct XLSXWriterTests {
    static func timestamp() throws -> FixedTimestamp {
        try FixedTimestamp(year: 2021, month: 2, day: 28, hour: 13, minute: 45, second: 30)
    }

    static func sampleWorkbook() throws -> Workbook {
        var workbook = Workbook(properties: DocumentProperties(title: "Uji & <coba>", creator: "tests",
                                                               application: "renstra XLSXWriter", timestamp: try timestamp()))
        var first = try Worksheet(name: "Data")
        let bold = CellStyle(font: Font(bold: true), fill: try Fill(rgb: "fff2cc"), border: .thin,
                             alignment: Alignment(horizontal: .center, vertical: .top, wrapText: true))
        first.set(.text("Judul"), at: CellPosition(row: 1, column: 1), style: bold)
        try first.merge(CellRange(CellPosition(row: 1, column: 1), CellPosition(row: 1, column: 3)))
        first.set(.number(ExactNumber("150000000")!), at: CellPosition(row: 2, column: 1),
                  style: CellStyle(numberFormat: NumberFormat(code: "#,##0")))
        first.set(.number(ExactNumber("-0027.50")!), at: CellPosition(row: 2, column: 2),
                  style: CellStyle(numberFormat: NumberFormat(code: "0.0")))
        first.set(.text("  spasi di tepi "), at: CellPosition(row: 3, column: 1))
        first.set(.text("a & b < c > \"d\""), at: CellPosition(row: 3, column: 2))
        first.set(.text("baris\r\nbaru\u{1}_x0041_"), at: CellPosition(row: 3, column: 3))
        first.set(nil, at: CellPosition(row: 4, column: 3), style: bold)
        first.set(.text("Judul"), at: CellPosition(row: 5, column: 28))
        try first.setColumnWidth(12.5, column: 1)
        try first.setRowHeight(25.5, row: 3)
        first.hideRow(4)
        first.hideRow(6)
        first.frozenPane = FrozenPane(rows: 2, columns: 1)
        try workbook.append(first)
        var second = try Worksheet(name: "Tabel 6.1 (cetak)")
        second.set(.text("kedua"), at: CellPosition(row: 1, column: 1))
        try workbook.append(second)
        return workbook
    }

    @Test func writtenWorkbookReadsBack() throws {
        let directory = try Scratch.directory()
        let path = directory.appendingPathComponent("uji.xlsx").path
        try Self.sampleWorkbook().write(to: path)
        let reader = try SpreadsheetFile.open(path)
        #expect(reader.sheets.map(\.name) == ["Data", "Tabel 6.1 (cetak)"])
        #expect(reader.notes.isEmpty)
        let sheet = try reader.sheet(reader.sheets[0])
        #expect(sheet.value("A1") == .text("Judul"))
        #expect(sheet.value("A2") == .number(NumberText("150000000")!))
        #expect(sheet.value("B2") == .number(NumberText("-27.5")!))
        #expect(sheet.value("A3") == .text("  spasi di tepi "))
        #expect(sheet.value("B3") == .text("a & b < c > \"d\""))
        #expect(sheet.value("C3") == .text("baris\r\nbaru\u{1}_x0041_"))
        #expect(sheet.value("C4") == nil, "a styled blank cell has no value")
        #expect(sheet.value("AB5") == .text("Judul"))
        #expect(sheet.mergedRanges.map(\.description) == ["A1:C1"])
        #expect(sheet.hiddenRows == [4, 6])
        #expect(sheet.notes.isEmpty)
        let second = try reader.sheet(reader.sheets[1])
        #expect(second.value("A1") == .text("kedua"))
    }

    @Test func sameWorkbookSameBytes() throws {
        let directory = try Scratch.directory()
        let first = directory.appendingPathComponent("a.xlsx"), second = directory.appendingPathComponent("b.xlsx")
        try Self.sampleWorkbook().write(to: first.path)
        try Self.sampleWorkbook().write(to: second.path)
        #expect(try Data(contentsOf: first) == Data(contentsOf: second))
    }

    /// Every local header carries the given time as DOS fields, whatever the time zone, and
    /// no extra field (such as a clock-dependent extended timestamp).
    @Test func zipEntriesCarryTheFixedTime() throws {
        let directory = try Scratch.directory()
        let path = directory.appendingPathComponent("t.xlsx")
        try Self.sampleWorkbook().write(to: path.path)
        let bytes = [UInt8](try Data(contentsOf: path))
        func uint16(_ offset: Int) -> Int { Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 }
        func uint32(_ offset: Int) -> Int { uint16(offset) | uint16(offset + 2) << 16 }
        var offset = 0, names: [String] = []
        while uint32(offset) == 0x0403_4B50 {
            let time = uint16(offset + 10), date = uint16(offset + 12)
            #expect(time == (13 << 11 | 45 << 5 | 15) && date == ((2021 - 1980) << 9 | 2 << 5 | 28))
            #expect(uint16(offset + 8) == 8, "deflated")
            let nameLength = uint16(offset + 26), extraLength = uint16(offset + 28)
            #expect(extraLength == 0)
            names.append(String(decoding: bytes[(offset + 30)..<(offset + 30 + nameLength)], as: UTF8.self))
            offset += 30 + nameLength + extraLength + uint32(offset + 18)
        }
        #expect(names == ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                          "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/styles.xml",
                          "xl/sharedStrings.xml", "docProps/core.xml", "docProps/app.xml"])
    }

    @Test func badInputIsRefused() throws {
        for name in ["", "a/b", "x[1]", "'quoted'", String(repeating: "n", count: 32)] {
            #expect(throws: XLSXWriteError.invalidSheetName(name)) { try Worksheet(name: name) }
        }
        var workbook = Workbook(properties: DocumentProperties(title: "", creator: "", application: "",
                                                               timestamp: try Self.timestamp()))
        let directory = try Scratch.directory()
        let path = directory.appendingPathComponent("x.xlsx").path
        #expect(throws: XLSXWriteError.noSheets) { try workbook.write(to: path) }
        try workbook.append(try Worksheet(name: "Data"))
        #expect(throws: XLSXWriteError.duplicateSheetName("DATA")) { try workbook.append(try Worksheet(name: "DATA")) }

        var sheet = try Worksheet(name: "S")
        let block = CellRange(CellPosition(row: 1, column: 1), CellPosition(row: 2, column: 2))
        try sheet.merge(block)
        #expect(throws: XLSXWriteError.overlappingMerges(sheet: "S", first: "A1:B2", second: "B2:C3")) {
            try sheet.merge(CellRange(CellPosition(row: 2, column: 2), CellPosition(row: 3, column: 3)))
        }
        #expect(throws: XLSXWriteError.singleCellMerge(sheet: "S", range: "D4")) {
            try sheet.merge(CellRange(CellPosition(row: 4, column: 4), CellPosition(row: 4, column: 4)))
        }
        sheet.set(.text("hidden"), at: CellPosition(row: 2, column: 1))
        var hiding = Workbook(properties: workbook.properties)
        try hiding.append(sheet)
        #expect(throws: XLSXWriteError.valueHiddenByMerge(sheet: "S", cell: "A2", range: "A1:B2")) {
            try hiding.write(to: path)
        }
        #expect(!FileManager.default.fileExists(atPath: path), "nothing is written when a sheet is refused")

        #expect(throws: XLSXWriteError.invalidTimestamp("2021-2-29 0:0:0")) {
            try FixedTimestamp(year: 2021, month: 2, day: 29)
        }
        #expect(throws: XLSXWriteError.invalidTimestamp("2020-1-1 0:0:1")) {
            try FixedTimestamp(year: 2020, month: 1, day: 1, second: 1)
        }
        #expect(throws: XLSXWriteError.invalidTimestamp("1979-12-31 0:0:0")) {
            try FixedTimestamp(year: 1979, month: 12, day: 31)
        }
        #expect(throws: XLSXWriteError.invalidColor("FFF2C")) { try Fill(rgb: "FFF2C") }
        #expect(throws: XLSXWriteError.invalidDimension("column width 0.0")) { try sheet.setColumnWidth(0, column: 1) }
        #expect(throws: XLSXWriteError.invalidDimension("row height 500.0")) { try sheet.setRowHeight(500, row: 1) }
        #expect(throws: XLSXWriteError.self) { try hiding.write(to: directory.appendingPathComponent("no/such/dir.xlsx").path) }
    }

    @Test func exactNumbersAreCanonical() {
        #expect(ExactNumber("150000000")?.text == "150000000")
        #expect(ExactNumber("007.50")?.text == "7.5")
        #expect(ExactNumber("27.20")?.text == "27.2")
        #expect(ExactNumber("-0.000")?.text == "0")
        #expect(ExactNumber("-12")?.text == "-12")
        for bad in ["", "1e5", "1.", ".5", "1,5", "150.000.000", " 1", "+1", "-"] {
            #expect(ExactNumber(bad) == nil, "\(bad)")
        }
    }
}
