import Foundation
import Testing
@testable import Spreadsheet
import TestSupport

/// RFC 4180 and what real exports do, one case per test.
@Suite(.scratch) struct CSVReaderTests {
    private func reader(_ bytes: [UInt8], options: CSVOptions = CSVOptions(), name: String = "renstra.csv",
                        limits: ReadLimits = .standard) throws -> CSVReader {
        let url = try Scratch.file(name)
        try Data(bytes).write(to: url)
        return try CSVReader(path: url.path, displayName: name, options: options, limits: limits)
    }

    private func cells(_ text: String, options: CSVOptions = CSVOptions()) throws -> [String: String] {
        try cells(reader(Array(text.utf8), options: options))
    }

    private func cells(_ reader: CSVReader) throws -> [String: String] {
        var cells: [String: String] = [:]
        for row in try reader.sheet(reader.sheets[0]).rows {
            for cell in row.cells { if case .text(let text) = cell.value { cells[cell.address.description] = text } }
        }
        return cells
    }

    @Test func theSheetIsNamedAfterTheFile() throws {
        #expect(try reader(Array("a\n".utf8), name: "tabel-5.1.csv").sheets.map(\.name) == ["tabel-5.1"])
    }

    @Test func indonesianExportsUseSemicolonsAndKeepFiguresAsWritten() throws {
        let cells = try cells("Kode;Target;Rp\r\n2 11 15 2 1;27,2;150.000.000\r\n")
        #expect(cells["A2"] == "2 11 15 2 1")
        #expect(cells["B2"] == "27,2")
        #expect(cells["C2"] == "150.000.000")
    }

    @Test(arguments: [(";", "a;b;c\n1;2,5;3\n"), (",", "a,b,c\n1,2;5,3\n"), ("\t", "a\tb\tc\n1\t2\t3\n")])
    func theSeparatorIsSniffed(separator: String, text: String) throws {
        #expect(try reader(Array(text.utf8)).separator == UInt8(ascii: Unicode.Scalar(separator)!))
    }

    @Test func theSeparatorCanBeGiven() throws {
        let cells = try cells("a;b,c\n", options: CSVOptions(separator: UInt8(ascii: ",")))
        #expect(cells == ["A1": "a;b", "B1": "c"])
    }

    @Test func quotedFieldsHoldSeparatorsQuotesAndLineBreaks() throws {
        let cells = try cells("\"Program; \"\"Pengembangan\"\"\";\"baris\r\ndua\"\nnext;x\n")
        #expect(cells["A1"] == "Program; \"Pengembangan\"")
        #expect(cells["B1"] == "baris\r\ndua")
        #expect(cells["A2"] == "next")
    }

    @Test(arguments: ["\r\n", "\n", "\r"])
    func everyLineEndingEndsARecord(ending: String) throws {
        let cells = try cells("a;b" + ending + "c;d" + ending)
        #expect(cells == ["A1": "a", "B1": "b", "A2": "c", "B2": "d"])
    }

    @Test func raggedRowsAndEmptyFieldsKeepTheirPositions() throws {
        let cells = try cells("a\n;;c;\n\nd;e\n")
        #expect(cells == ["A1": "a", "C2": "c", "A4": "d", "B4": "e"])
    }

    @Test func textAfterAClosingQuoteIsKept() throws {
        #expect(try cells("\"Rp\" 5;x\n")["A1"] == "Rp 5")
    }

    @Test func anUnterminatedQuoteNamesTheLineItOpenedOn() throws {
        let error = ReadError(file: "renstra.csv", line: 2, reason: .csvUnterminatedQuote(openedAtLine: 2))
        #expect(throws: error) { _ = try cells("a;b\nc;\"never closed\nd;e\n") }
        #expect(error.description == "renstra.csv, line 2: a quoted field opened on line 2 is never closed")
    }

    @Test func aUTF8ByteOrderMarkIsDropped() throws {
        let reader = try reader([0xEF, 0xBB, 0xBF] + Array("Kode;Nama\n".utf8))
        #expect(reader.encoding == .utf8)
        #expect(try cells(reader)["A1"] == "Kode")
    }

    @Test(arguments: [CSVEncoding.utf16LittleEndian, .utf16BigEndian])
    func utf16WithAByteOrderMarkIsDecoded(encoding: CSVEncoding) throws {
        let units = Array("Satuan;Lokasi\nbulan;Prov\n".utf16)
        var bytes: [UInt8] = encoding == .utf16LittleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in units {
            bytes += encoding == .utf16LittleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        let reader = try reader(bytes)
        #expect(reader.encoding == encoding)
        #expect(try cells(reader)["B2"] == "Prov")
    }

    @Test func invalidUTF8FallsBackToWindows1252AndSaysSo() throws {
        let reader = try reader(Array("Nama\nKoperasi ".utf8) + [0x93, 0x41, 0x94] + [0x0A])
        #expect(reader.encoding == .windows1252)
        #expect(try cells(reader)["A2"] == "Koperasi \u{201C}A\u{201D}")
        #expect(reader.notes.map(\.message) == ["renstra.csv is not valid UTF-8 (first at line 2); it was read as Windows-1252"])
    }

    @Test func declaredUTF8ThatIsNotIsAnErrorNamingTheLine() throws {
        let error = ReadError(file: "renstra.csv", line: 2, reason: .csvInvalidEncoding("the bytes are not valid UTF-8"))
        #expect(throws: error) {
            _ = try reader(Array("a\nb".utf8) + [0xFF] + [0x0A], options: CSVOptions(encoding: .utf8))
        }
    }

    @Test func tooManyColumnsAreRefused() throws {
        var limits = ReadLimits()
        limits.maxCSVColumns = 3
        let reader = try reader(Array("a;b;c;d\n".utf8), limits: limits)
        #expect(throws: ReadError(file: "renstra.csv", line: 1, reason: .csvTooManyColumns(limit: 3))) {
            _ = try reader.sheet(reader.sheets[0])
        }
    }

    @Test func aFileLargerThanTheLimitIsRefused() throws {
        var limits = ReadLimits()
        limits.maxCSVBytes = 100
        #expect(throws: ReadError(file: "renstra.csv", reason: .fileTooLarge(limit: 100))) {
            _ = try reader(Array(String(repeating: "a;b\n", count: 50).utf8), limits: limits)
        }
        _ = try reader(Array(String(repeating: "a;b\n", count: 25).utf8), limits: limits)
    }

    /// A link is measured by the file it names, not by itself.
    @Test func aLinkToALargeFileIsMeasuredByItsTarget() throws {
        var limits = ReadLimits()
        limits.maxCSVBytes = 100
        let target = try TestPackage.temporaryURL("csv")
        try Data(String(repeating: "a;b\n", count: 50).utf8).write(to: target)
        let link = try TestPackage.temporaryURL("csv")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        #expect(throws: ReadError(file: "link.csv", reason: .fileTooLarge(limit: 100))) {
            _ = try CSVReader(path: link.path, displayName: "link.csv", limits: limits)
        }
    }

    /// A device that states no size is read only up to the limit.
    @Test func aFileWithoutASizeIsReadOnlyToTheLimit() throws {
        var limits = ReadLimits()
        limits.maxCSVBytes = 1 << 20
        #expect(throws: ReadError(file: "zero.csv", reason: .fileTooLarge(limit: 1 << 20))) {
            _ = try CSVReader(path: "/dev/zero", displayName: "zero.csv", limits: limits)
        }
    }

    /// Limits raised past the sheet's grid still stop at it: a cell must have an address.
    @Test func columnsPastTheGridAreRefusedWhateverTheLimit() throws {
        var limits = ReadLimits()
        limits.maxCSVColumns = .max
        let reader = try reader(Array((String(repeating: "x;", count: CellAddress.maxColumn) + "x\n").utf8), limits: limits)
        #expect(throws: ReadError(file: "renstra.csv", line: 1, reason: .csvTooManyColumns(limit: CellAddress.maxColumn))) {
            _ = try reader.sheet(reader.sheets[0])
        }
    }

    @Test func addressesMatchWhatASpreadsheetShows() throws {
        let reader = try reader(Array("judul\n\"dua\nbaris\";x\nketiga\n".utf8))
        let rows = try reader.sheet(reader.sheets[0]).rows
        #expect(rows.map(\.number) == [1, 2, 3])
        #expect(rows[2].cells[0].address.description == "A3")
    }
}

extension ReadError: Equatable {
    public static func == (lhs: ReadError, rhs: ReadError) -> Bool {
        lhs.file == rhs.file && lhs.part == rhs.part && lhs.line == rhs.line && lhs.cell == rhs.cell && lhs.reason == rhs.reason
    }
}
