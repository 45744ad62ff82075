import Foundation
import Testing
@testable import Spreadsheet
import TestSupport

/// One defect or feature of worksheet and shared-string parts per test, from inline XML.
@Suite(.scratch) struct XLSXCellTests {
    private func read(_ rows: String, strings: [String]? = nil, styles: String? = nil,
                      workbookProperties: String = "") throws -> [String: CellValue] {
        let url = try TestPackage.workbook(sheets: [("S", TestPackage.sheet(rows))],
                                           sharedStrings: strings.map(TestPackage.sharedStrings),
                                           styles: styles, workbookProperties: workbookProperties)
        return try TestPackage.cells(url)
    }

    @Test func numbersKeepTheirExactText() throws {
        let cells = try read(#"<row r="1"><c r="A1"><v>150000000</v></c><c r="B1"><v>0.1</v></c><c r="C1"><v>1.5E-3</v></c></row>"#)
        #expect(cells["A1"] == .number(NumberText("150000000")!))
        #expect(cells["B1"] == .number(NumberText("0.1")!))
        #expect(cells["C1"] == .number(NumberText("1.5E-3")!))
    }

    @Test func sharedStringsJoinRichTextRunsAndSkipPhoneticRuns() throws {
        let cells = try read(#"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>"#,
                             strings: ["<t>Program</t>",
                                       #"<r><t>Kegi</t></r><r><rPr><b/></rPr><t>atan</t></r><rPh sb="0" eb="1"><t>カ</t></rPh>"#])
        #expect(cells["A1"] == .text("Program"))
        #expect(cells["B1"] == .text("Kegiatan"))
    }

    @Test func inlineStringsAreRead() throws {
        let cells = try read(#"<row r="1"><c r="A1" t="inlineStr"><is><t>Lampung</t></is></c></row>"#)
        #expect(cells["A1"] == .text("Lampung"))
    }

    @Test func formulaCellsGiveTheirCachedValue() throws {
        let cells = try read(#"<row r="1"><c r="A1"><f>SUM(B1:C1)</f><v>705000000</v></c><c r="B1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c></row>"#)
        #expect(cells["A1"] == .number(NumberText("705000000")!))
        #expect(cells["B1"] == .text("ab"))
    }

    @Test func booleansAndErrorsAreTyped() throws {
        let cells = try read(#"<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="e"><v>#DIV/0!</v></c></row>"#)
        #expect(cells["A1"] == .boolean(true))
        #expect(cells["B1"] == .error("#DIV/0!"))
    }

    @Test func isoDateCellsAreDatesAndOddOnesStayText() throws {
        let cells = try read(#"<row r="1"><c r="A1" t="d"><v>2021-01-01T10:10:10</v></c><c r="B1" t="d"><v>2014-02-14T08:27:48.765Z</v></c></row>"#)
        #expect(cells["A1"] == .isoDate("2021-01-01T10:10:10"))
        #expect(cells["B1"] == .text("2014-02-14T08:27:48.765Z"))
    }

    @Test func escapesAreDecodedOnceAsTheStandardSays() throws {
        let cells = try read(#"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>"#,
                             strings: ["<t>a_x000D_b</t>", "<t>_x005F_x0041_</t>", "<t>_xD83D__xDE00_</t>"])
        #expect(cells["A1"] == .text("a\rb"))
        #expect(cells["B1"] == .text("_x0041_"))
        #expect(cells["C1"] == .text("😀"))
    }

    @Test func blanksAroundTextAreKeptOnlyWithXMLSpacePreserve() throws {
        let cells = try read(#"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>"#,
                             strings: [#"<t xml:space="preserve">  Prov  </t>"#, "<t>  Prov  </t>", "<t>   </t>"])
        #expect(cells["A1"] == .text("  Prov  "))
        #expect(cells["B1"] == .text("Prov"))
        #expect(cells["C1"] == nil)
    }

    @Test func cellsAndRowsWithoutReferencesArePlacedByPosition() throws {
        let cells = try read(#"<row><c><v>1</v></c><c><v>2</v></c></row><row r="4"><c r="C4"><v>3</v></c><c><v>4</v></c></row><row><c><v>5</v></c></row>"#)
        #expect(cells["A1"] == .number(NumberText("1")!))
        #expect(cells["B1"] == .number(NumberText("2")!))
        #expect(cells["D4"] == .number(NumberText("4")!))
        #expect(cells["A5"] == .number(NumberText("5")!))
    }

    @Test func aRowWithoutReferenceTakesItsNumberFromItsCells() throws {
        let cells = try read(#"<row><c r="B3"><v>1</v></c></row><row><c><v>2</v></c></row>"#)
        #expect(cells["B3"] == .number(NumberText("1")!))
        #expect(cells["A4"] == .number(NumberText("2")!))
    }

    @Test func oneRowSplitOverSeveralRowElementsIsMerged() throws {
        let url = try TestPackage.workbook(sheets: [("S", TestPackage.sheet(
            #"<row r="2"><c r="A2" t="str"><v></v></c></row><row r="2"><c r="A2" t="str"><v>x</v></c></row><row r="2"><c r="B2"><v>7</v></c></row>"#))])
        let reader = try XLSXReader(path: url.path)
        let sheet = try reader.sheet(reader.sheets[0])
        #expect(sheet.rows.count == 1)
        #expect(sheet.rows[0].cells.map(\.address.description) == ["A2", "B2"])
    }

    @Test func namespacePrefixedElementsAreRead() throws {
        let xml = #"<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>ok</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>"#
        let url = try TestPackage.workbook(sheets: [("S", xml)])
        #expect(try TestPackage.cells(url)["A1"] == .text("ok"))
    }

    @Test func strictOOXMLNamespacesAreRead() throws {
        let strict = "http://purl.oclc.org/ooxml/spreadsheetml/main"
        let strictRelationships = "http://purl.oclc.org/ooxml/officeDocument/relationships"
        let parts: [String: String] = [
            "_rels/.rels": TestPackage.rels("<Relationship Id=\"r1\" Type=\"\(strictRelationships)/officeDocument\" Target=\"xl/workbook.xml\"/>"),
            "xl/workbook.xml": "<workbook xmlns=\"\(strict)\" xmlns:r=\"\(strictRelationships)\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"r1\"/></sheets></workbook>",
            "xl/_rels/workbook.xml.rels": TestPackage.rels("<Relationship Id=\"r1\" Type=\"\(strictRelationships)/worksheet\" Target=\"worksheets/s.xml\"/>"),
            "xl/worksheets/s.xml": "<worksheet xmlns=\"\(strict)\"><sheetData><row r=\"1\"><c r=\"A1\"><v>42</v></c></row></sheetData></worksheet>",
        ]
        let url = try TestPackage.write(parts.map { ($0.key, Data($0.value.utf8)) })
        #expect(try TestPackage.cells(url)["A1"] == .number(NumberText("42")!))
    }

    @Test func dateStylesAreRecognisedWithTheRawSerialKept() throws {
        let styles = TestPackage.styles(formatIDs: [0, 14, 164, 165, 166], custom: [164: "dd/mm/yyyy", 165: "[h]:mm", 166: "0.00E+00"])
        let cells = try read(#"<row r="1"><c r="A1" s="1"><v>44197</v></c><c r="B1" s="2"><v>44197.5</v></c><c r="C1" s="3"><v>1.25</v></c><c r="D1" s="4"><v>44197</v></c></row>"#,
                             styles: styles)
        guard case .date(let a1) = cells["A1"], case .date(let b1) = cells["B1"], case .date(let c1) = cells["C1"] else {
            Issue.record("expected date cells, got \(cells)")
            return
        }
        #expect(a1.serial.text == "44197" && a1.isoText == "2021-01-01")
        #expect(b1.serial.text == "44197.5" && b1.isoText == "2021-01-01T12:00:00")
        #expect(c1.kind == .duration && c1.isoText == "PT108000S")
        #expect(cells["D1"] == .number(NumberText("44197")!))
    }

    @Test func the1904DateSystemIsHonoured() throws {
        let cells = try read(#"<row r="1"><c r="A1" s="1"><v>0</v></c></row>"#,
                             styles: TestPackage.styles(formatIDs: [0, 14]),
                             workbookProperties: #"<workbookPr date1904="1"/>"#)
        guard case .date(let date) = cells["A1"] else { Issue.record("not a date: \(String(describing: cells["A1"]))"); return }
        #expect(date.uses1904 && date.isoText == "1904-01-01")
    }

    @Test func aStyleThatDoesNotExistReadsAsGeneralWithANote() throws {
        let url = try TestPackage.workbook(sheets: [("S", TestPackage.sheet(#"<row r="1"><c r="A1" s="9"><v>5</v></c></row>"#))],
                                           styles: TestPackage.styles(formatIDs: [0]))
        let reader = try XLSXReader(path: url.path)
        let sheet = try reader.sheet(reader.sheets[0])
        #expect(sheet.value(at: CellAddress(a1: "A1")!) == .number(NumberText("5")!))
        #expect(sheet.notes.first?.message.contains("style 9") == true)
    }

    @Test func mergedRangesAndHiddenRowsAndColumnsAreReported() throws {
        let xml = TestPackage.sheet(#"<row r="1"><c r="A1"><v>1</v></c></row><row r="3" hidden="1"/>"#,
                                    after: #"<mergeCells count="2"><mergeCell ref="A1:C2"/><mergeCell ref="A:A"/></mergeCells>"#)
            .replacingOccurrences(of: "<sheetData>", with: #"<cols><col min="2" max="4" hidden="1"/></cols><sheetData>"#)
        let url = try TestPackage.workbook(sheets: [("S", xml)])
        let reader = try XLSXReader(path: url.path)
        let sheet = try reader.sheet(reader.sheets[0])
        #expect(sheet.mergedRanges.map(\.description) == ["A1:C2", "A1:A1048576"])
        #expect(sheet.hiddenRows == [3])
        #expect(sheet.hiddenColumns == [2...4])
    }

    @Test func theRowAndColumnLimitsOfTheGridAreReadWithoutAllocatingThem() throws {
        let xml = #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:XFD1048576"/><sheetData><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData><mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>"#
        let url = try TestPackage.workbook(sheets: [("S", xml)])
        let reader = try XLSXReader(path: url.path)
        let sheet = try reader.sheet(reader.sheets[0])
        #expect(sheet.cellCount == 1)
        #expect(sheet.mergedRanges.first?.description == "A1:XFD1048576")
    }
}

/// Shared strings read back as written however often, and in whatever order, cells use them.
@Suite struct SharedStringTableTests {
    @Test func everyUseGivesTheStringWhetherKeptOrNot() {
        var table = SharedStringTable()
        let texts = ["Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", "Dokumen", "", "Rp ✓ 1.000"]
        for text in texts { table.append(Array(text.utf8)) }
        let order = [0, 1, 0, 3, 0, 2, 1, 3, 3, 0]
        #expect(order.map { table.string(at: $0) } == order.map { texts[$0] })
    }
}
