import Foundation
import Testing
@testable import Spreadsheet
import TestSupport

/// Every workbook is untrusted: each hostile construction is refused with the right reason,
/// naming the part, and nothing is inflated, expanded or fetched on the way.
@Suite(.scratch) struct HostileInputTests {
    private let sheetXML = TestPackage.sheet(#"<row r="1"><c r="A1"><v>1</v></c></row>"#)

    private func workbook(sheet: String) throws -> URL {
        try TestPackage.workbook(sheets: [("S", sheet)])
    }

    // MARK: XML

    @Test func anInternalEntityDeclarationIsRefused() throws {
        let sheet = #"<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY x "boom">]>"# + sheetXML.dropFirst(38)
        let error = TestPackage.readError(try workbook(sheet: String(sheet)))
        #expect(error?.reason == .doctypeForbidden)
        #expect(error?.part == "xl/worksheets/sheet1.xml")
    }

    @Test func aBillionLaughsBombIsRefusedBeforeExpanding() throws {
        var dtd = #"<!ENTITY a0 "lol">"#
        for level in 1...9 { dtd += "<!ENTITY a\(level) \"" + String(repeating: "&a\(level - 1);", count: 10) + "\">" }
        let sheet = "<!DOCTYPE worksheet [\(dtd)]><worksheet xmlns=\"\(TestPackage.main)\"><sheetData><row><c t=\"inlineStr\"><is><t>&a9;</t></is></c></row></sheetData></worksheet>"
        #expect(TestPackage.readError(try workbook(sheet: sheet))?.reason == .doctypeForbidden)
    }

    @Test func anExternalEntityIsNeverFetched() throws {
        let sheet = "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><worksheet xmlns=\"\(TestPackage.main)\"><sheetData><row><c t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>"
        #expect(TestPackage.readError(try workbook(sheet: sheet))?.reason == .doctypeForbidden)
    }

    @Test func aDoctypeInTheSharedStringsPartIsRefusedAndNamed() throws {
        let url = try TestPackage.workbook(sheets: [("S", sheetXML)],
                                           sharedStrings: "<!DOCTYPE sst SYSTEM \"http://127.0.0.1:9/x.dtd\">" + TestPackage.sharedStrings(["<t>a</t>"]))
        let error = TestPackage.readError(url)
        #expect(error?.reason == .doctypeForbidden)
        #expect(error?.part == "xl/sharedStrings.xml")
    }

    @Test func absurdNestingIsAnXMLErrorNotACrash() throws {
        let depth = 12_000
        let sheet = "<worksheet xmlns=\"\(TestPackage.main)\">" + String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth) + "</worksheet>"
        let error = TestPackage.readError(try workbook(sheet: sheet))
        guard case .malformedXML? = error?.reason else {
            Issue.record("deep nesting was not refused as malformed XML: \(String(describing: error))")
            return
        }
    }

    @Test func malformedXMLFailsTheReadWithItsLine() throws {
        let error = TestPackage.readError(try workbook(sheet: "<worksheet xmlns=\"\(TestPackage.main)\">\n<sheetData>\n<row></sheetData></worksheet>"))
        guard case .malformedXML? = error?.reason else { Issue.record("not refused: \(String(describing: error))"); return }
        #expect(error?.line == 3)
    }

    // MARK: cells

    @Test(arguments: ["XFE1", "A0", "A1048577", "1A", "A-1"])
    func anImpossibleCellReferenceIsRefused(reference: String) throws {
        let error = TestPackage.readError(try workbook(sheet: TestPackage.sheet("<row><c r=\"\(reference)\"><v>1</v></c></row>")))
        #expect(error?.reason == .invalidCellReference(reference))
    }

    @Test(arguments: ["nan", "inf", "-INF", "0x1A", "1,5", "1e99999", ""])
    func aNumberOutsideTheStrictGrammarIsRefused(text: String) throws {
        let error = TestPackage.readError(try workbook(sheet: TestPackage.sheet("<row r=\"2\"><c r=\"B2\"><v> </v></c><c r=\"C2\"><v>\(text)</v></c></row>")))
        if text.isEmpty {
            #expect(error == nil, "an empty value is an empty cell")
        } else {
            #expect(error?.reason == .invalidNumber(text))
            #expect(error?.cell == "C2")
        }
    }

    @Test(arguments: ["5", "-1", "99999999999", "x"])
    func aSharedStringIndexOutOfRangeIsRefusedAtItsCell(index: String) throws {
        let url = try TestPackage.workbook(sheets: [("S", TestPackage.sheet("<row r=\"7\"><c r=\"D7\" t=\"s\"><v>\(index)</v></c></row>"))],
                                           sharedStrings: TestPackage.sharedStrings(["<t>a</t>"]))
        let error = TestPackage.readError(url)
        #expect(error?.cell == "D7")
        guard case .sharedStringIndexOutOfRange? = error?.reason else { Issue.record("got \(String(describing: error))"); return }
    }

    @Test func aCellRepeatedWithAValueIsRefused() throws {
        let error = TestPackage.readError(try workbook(sheet: TestPackage.sheet(#"<row r="1"><c r="B1"><v>1</v></c><c r="B1"><v>2</v></c></row>"#)))
        #expect(error?.reason == .cellOutOfOrder("B1"))
    }

    @Test func rowsGoingBackwardsAreRefused() throws {
        let error = TestPackage.readError(try workbook(sheet: TestPackage.sheet(#"<row r="5"><c><v>1</v></c></row><row r="2"><c><v>2</v></c></row>"#)))
        #expect(error?.reason == .cellOutOfOrder("row 2"))
    }

    @Test func aHugeSharedStringUsedByManyCellsIsReadOnce() throws {
        // Pseudo-random letters: a megabyte of one letter would (rightly) look like a bomb.
        var seed: UInt32 = 12_345
        let big = String(decoding: (0..<(1 << 20)).map { _ -> UInt8 in
            seed = seed &* 1_103_515_245 &+ 12_345
            return 0x61 + UInt8((seed >> 16) % 26)
        }, as: UTF8.self)
        let rows = (1...2_000).map { "<row r=\"\($0)\"><c r=\"A\($0)\" t=\"s\"><v>0</v></c></row>" }.joined()
        let url = try TestPackage.workbook(sheets: [("S", TestPackage.sheet(rows))], sharedStrings: TestPackage.sharedStrings(["<t>\(big)</t>"]))
        let reader = try XLSXReader(path: url.path)
        var count = 0
        _ = try reader.readRows(of: reader.sheets[0]) { row in
            if case .text(let text) = row.cells[0].value, text.utf8.count == 1 << 20 { count += 1 }
        }
        #expect(count == 2_000)
    }

    @Test func aCellTextOverTheLimitIsRefused() throws {
        var limits = ReadLimits()
        limits.maxCellTextBytes = 1_000
        let url = try workbook(sheet: TestPackage.sheet("<row><c t=\"inlineStr\"><is><t>\(String(repeating: "y", count: 2_000))</t></is></c></row>"))
        #expect(TestPackage.readError(url, limits: limits)?.reason == .textTooLong(limit: 1_000))
    }

    // MARK: zip container

    @Test func aCompressionBombIsStoppedWhileInflating() throws {
        let zeros = String(repeating: "0", count: 20 << 20)
        let url = try TestPackage.workbook(sheets: [("S", TestPackage.sheet("<row><c t=\"inlineStr\"><is><t>\(zeros)</t></is></c></row>"))])
        let error = TestPackage.readError(url)
        #expect(error?.part == "xl/worksheets/sheet1.xml")
        guard case .compressionBomb(let inflated, _, let ratio)? = error?.reason else {
            Issue.record("not refused as a bomb: \(String(describing: error))")
            return
        }
        #expect(ratio == ReadLimits.standard.maxCompressionRatio)
        #expect(inflated < 20 << 20, "stopped before inflating the whole part")
    }

    @Test func aPartOverTheSizeLimitIsStopped() throws {
        var limits = ReadLimits()
        limits.maxPartBytes = 50_000
        let rows = (1...3_000).map { "<row r=\"\($0)\"><c r=\"A\($0)\"><v>\($0)</v></c></row>" }.joined()
        let error = TestPackage.readError(try workbook(sheet: TestPackage.sheet(rows)), limits: limits)
        #expect(error?.reason == .partTooLarge(limit: 50_000))
    }

    @Test func anEntryLargerThanItDeclaresIsRefused() throws {
        var zip = TestPackage.rawWorkbook(sheet: sheetXML)
        zip.entries[zip.entries.count - 1].declaredSize = 10
        let error = TestPackage.readError(try zip.write())
        guard case .sizeMismatch(declared: 10, _)? = error?.reason else {
            // libzip's strict check may notice the mismatch first; either way it is refused.
            #expect(error != nil)
            return
        }
    }

    @Test func aBadChecksumIsRefused() throws {
        var zip = TestPackage.rawWorkbook(sheet: sheetXML)
        zip.entries[zip.entries.count - 1].crc = 0xDEAD_BEEF
        let error = TestPackage.readError(try zip.write())
        #expect(error != nil)
        if case .corruptEntry(let why)? = error?.reason { #expect(why.contains("CRC")) }
    }

    @Test func entryNamesDifferingOnlyInCaseAreRefused() throws {
        var zip = TestPackage.rawWorkbook(sheet: sheetXML)
        zip.entries.append(RawZip.Entry(name: "XL/Worksheets/Sheet1.xml", data: Array("<evil/>".utf8)))
        #expect(TestPackage.readError(try zip.write())?.reason == .duplicateEntry("xl/worksheets/sheet1.xml"))
    }

    @Test func overlappingEntriesAreRefused() throws {
        var zip = TestPackage.rawWorkbook(sheet: sheetXML)
        let hidden = RawZip.Entry(name: "xl/hidden.xml", data: Array("<hidden/>".utf8))
        zip.entries[0].data += RawZip.localRecord(hidden)
        zip.nested = [(entry: hidden, container: 0)]
        guard case .overlappingEntries? = TestPackage.readError(try zip.write())?.reason else {
            Issue.record("overlap not refused")
            return
        }
    }

    @Test func compressionMethodsOtherThanStoreAndDeflateAreRefused() throws {
        var zip = TestPackage.rawWorkbook(sheet: sheetXML)
        zip.entries[zip.entries.count - 1].method = 12
        #expect(TestPackage.readError(try zip.write())?.reason == .unsupportedCompression(method: 12))
    }

    @Test func encryptedEntriesAreRefused() throws {
        var zip = TestPackage.rawWorkbook(sheet: sheetXML)
        zip.entries[zip.entries.count - 1].flags = 1
        #expect(TestPackage.readError(try zip.write())?.reason == .encryptedEntry)
    }

    @Test func tooManyEntriesAreRefused() throws {
        var limits = ReadLimits()
        limits.maxEntries = 3
        #expect(TestPackage.readError(try TestPackage.rawWorkbook(sheet: sheetXML).write(), limits: limits)?.reason == .tooManyEntries(count: 5, limit: 3))
    }

    // MARK: not a workbook

    @Test func anEmptyZipIsNamedAsSuch() throws {
        let url = try RawZip().write()
        #expect(TestPackage.readError(url)?.reason == .notAWorkbook(what: "an empty zip archive"))
    }

    @Test func aLegacyOrEncryptedOLEFileIsNamedAsSuch() throws {
        let url = try TestPackage.temporaryURL("xlsx")
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)).write(to: url)
        guard case .notAWorkbook(let what)? = TestPackage.readError(url)?.reason else { Issue.record("not named"); return }
        #expect(what.contains("97-2003"))
    }

    @Test func anExcelLockFileIsNamedAsSuch() throws {
        let url = try TestPackage.temporaryURL("xlsx")
        try Data([4] + Array("Budi".utf8) + [UInt8](repeating: 0x20, count: 160)).write(to: url)
        guard case .notAWorkbook(let what)? = TestPackage.readError(url)?.reason else { Issue.record("not named"); return }
        #expect(what.contains("lock file"))
    }

    @Test func anOpenDocumentSpreadsheetIsNamedAsSuch() throws {
        let url = try TestPackage.write([("mimetype", Data("application/vnd.oasis.opendocument.spreadsheet".utf8)),
                                         ("content.xml", Data("<office:document-content/>".utf8))])
        guard case .notAWorkbook(let what)? = TestPackage.readError(url)?.reason else { Issue.record("not named"); return }
        #expect(what.contains(".ods"))
    }

    @Test func aTruncatedZipIsRefused() throws {
        let bytes = TestPackage.rawWorkbook(sheet: sheetXML).bytes()
        let url = try TestPackage.temporaryURL("xlsx")
        try Data(bytes.prefix(bytes.count - 30)).write(to: url)
        #expect(TestPackage.readError(url) != nil)
    }

    @Test func aMissingFileIsNamed() {
        let error = TestPackage.readError(URL(fileURLWithPath: "/nonexistent/renstra.xlsx"))
        #expect(error?.reason == .fileNotFound)
        #expect(error?.file == "/nonexistent/renstra.xlsx")
    }
}
