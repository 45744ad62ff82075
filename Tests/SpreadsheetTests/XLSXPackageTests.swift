import Foundation
import Testing
@testable import Spreadsheet
import TestSupport

/// How the workbook is found and its sheets listed: through relationships, never by name.
@Suite(.scratch) struct XLSXPackageTests {
    private let sheetXML = TestPackage.sheet(#"<row r="1"><c r="A1"><v>1</v></c></row>"#)

    @Test func sheetsKeepTheirOrderNamesAndVisibility() throws {
        let url = try TestPackage.workbook(sheets: [("Cover", sheetXML), ("Data", sheetXML), ("Old", sheetXML)],
                                           sheetStates: ["Data": "hidden", "Old": "veryHidden"])
        let reader = try XLSXReader(path: url.path)
        #expect(reader.sheets.map(\.name) == ["Cover", "Data", "Old"])
        #expect(reader.sheets.map(\.visibility) == [.visible, .hidden, .veryHidden])
    }

    @Test func anUnknownSheetStateIsRefused() throws {
        let url = try TestPackage.workbook(sheets: [("S", sheetXML)], sheetStates: ["S": "show"])
        #expect(TestPackage.readError(url)?.reason == .invalidValue("sheet S has the unknown state \"show\""))
    }

    @Test func chartSheetsAreSkippedWithANote() throws {
        let relationships = TestPackage.rels(TestPackage.relationship("rId1", "worksheet", "worksheets/sheet1.xml")
            + TestPackage.relationship("rId2", "chartsheet", "chartsheets/sheet1.xml"))
        let url = try TestPackage.workbook(sheets: [("Data", sheetXML), ("Chart", "")],
                                           extraParts: ["xl/_rels/workbook.xml.rels": relationships])
        let reader = try XLSXReader(path: url.path)
        #expect(reader.sheets.map(\.name) == ["Data"])
        #expect(reader.notes.map(\.message) == ["sheet \"Chart\" was skipped: it is a chart sheet"])
    }

    @Test func theWorkbookIsFoundThroughRelationshipsWhereverItLives() throws {
        let parts: [String: String] = [
            "_rels/.rels": TestPackage.rels(TestPackage.relationship("r", "officeDocument", "/odd/Book.XML")),
            "odd/book.xml": "<workbook xmlns=\"\(TestPackage.main)\" xmlns:r=\"\(TestPackage.relationships)\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"a\"/></sheets></workbook>",
            "odd/_rels/book.xml.rels": TestPackage.rels(TestPackage.relationship("a", "worksheet", "..\\sheets\\one.xml")),
            "sheets/one.xml": sheetXML,
        ]
        let url = try TestPackage.write(parts.map { ($0.key, Data($0.value.utf8)) })
        #expect(try TestPackage.cells(url)["A1"] == .number(NumberText("1")!))
    }

    @Test func partNamesResolveAsOPCSays() {
        #expect(PartName.resolve("worksheets/sheet1.xml", from: "xl/workbook.xml") == "xl/worksheets/sheet1.xml")
        #expect(PartName.resolve("/xl/worksheets/sheet1.xml", from: "xl/workbook.xml") == "xl/worksheets/sheet1.xml")
        #expect(PartName.resolve("..\\x\\s.xml", from: "xl/workbook.xml") == "x/s.xml")
        #expect(PartName.resolve("sheet%201.xml", from: "xl/workbook.xml") == "xl/sheet 1.xml")
        #expect(PartName.resolve("../../etc/passwd", from: "xl/workbook.xml") == nil)
        #expect(PartName.relationshipsPart(of: "xl/workbook.xml") == "xl/_rels/workbook.xml.rels")
    }

    @Test func aMissingWorkbookRelationshipsPartIsNamed() throws {
        let parts: [String: String] = [
            "_rels/.rels": TestPackage.rels(TestPackage.relationship("r", "officeDocument", "xl/workbook.xml")),
            "xl/workbook.xml": "<workbook xmlns=\"\(TestPackage.main)\"><sheets/></workbook>",
        ]
        let url = try TestPackage.write(parts.map { ($0.key, Data($0.value.utf8)) })
        let error = TestPackage.readError(url)
        #expect(error?.part == "xl/_rels/workbook.xml.rels")
        #expect(error?.reason == .missingPart(referencedFrom: "xl/workbook.xml"))
    }

    @Test func aMissingSheetPartIsNamed() throws {
        let relationships = TestPackage.rels(TestPackage.relationship("rId1", "worksheet", "worksheets/gone.xml"))
        let url = try TestPackage.workbook(sheets: [("S", sheetXML)], extraParts: ["xl/_rels/workbook.xml.rels": relationships])
        let error = TestPackage.readError(url)
        #expect(error?.part == "xl/worksheets/gone.xml")
        #expect(error?.reason == .missingPart(referencedFrom: "sheet S"))
    }

    @Test func anExternalSheetTargetIsRefused() throws {
        let relationships = TestPackage.rels(TestPackage.relationship("rId1", "worksheet", "file:///etc/passwd", external: true))
        let url = try TestPackage.workbook(sheets: [("S", sheetXML)], extraParts: ["xl/_rels/workbook.xml.rels": relationships])
        #expect(TestPackage.readError(url)?.reason == .externalTarget("file:///etc/passwd"))
    }

    @Test func aSheetCanBeChosenByNameOrPosition() throws {
        let url = try TestPackage.workbook(sheets: [("Cover", sheetXML), ("Tabel 5.1", sheetXML)])
        let reader = try XLSXReader(path: url.path)
        #expect(try reader.sheetInfo("Tabel 5.1").index == 1)
        #expect(try reader.sheetInfo("2").name == "Tabel 5.1")
        #expect(throws: ReadError.self) { try reader.sheetInfo("Tabel 6.1") }
    }
}
