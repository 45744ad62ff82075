import CLibzip
import Foundation
@testable import Spreadsheet
import TestSupport

/// Builds small .xlsx packages for tests with libzip: a minimal workbook around the parts a
/// test gives, each part deflated as Excel would.
enum TestPackage {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// A worksheet part around `sheetData` rows (and anything after them, such as mergeCells).
    static func sheet(_ body: String, after: String = "") -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"\(main)\"><sheetData>\(body)</sheetData>\(after)</worksheet>"
    }

    /// Rows 1 to `count`, each with its number in A and the text `r` and its number in B.
    static func numberedRows(_ count: Int) -> String {
        (1...count).map { "<row r=\"\($0)\"><c r=\"A\($0)\"><v>\($0)</v></c><c r=\"B\($0)\" t=\"inlineStr\"><is><t>r\($0)</t></is></c></row>" }.joined()
    }

    static func sharedStrings(_ items: [String]) -> String {
        "<sst xmlns=\"\(main)\">" + items.map { "<si>\($0)</si>" }.joined() + "</sst>"
    }

    /// Styles with one cell format per given numFmtId, and custom formats.
    static func styles(formatIDs: [Int], custom: [Int: String] = [:]) -> String {
        let formats = custom.sorted { $0.key < $1.key }
            .map { "<numFmt numFmtId=\"\($0.key)\" formatCode=\"\($0.value)\"/>" }.joined()
        let cellFormats = formatIDs.map { "<xf numFmtId=\"\($0)\"/>" }.joined()
        return "<styleSheet xmlns=\"\(main)\"><numFmts>\(formats)</numFmts><cellXfs>\(cellFormats)</cellXfs></styleSheet>"
    }

    /// Writes a workbook with the given sheets (name → worksheet XML) and optional parts.
    static func workbook(sheets: [(String, String)], sharedStrings: String? = nil, styles: String? = nil,
                         workbookProperties: String = "", sheetStates: [String: String] = [:],
                         extraParts: [String: String] = [:]) throws -> URL {
        var parts: [String: String] = extraParts
        var sheetList = "", relationships = ""
        for (index, (name, xml)) in sheets.enumerated() {
            let state = sheetStates[name].map { " state=\"\($0)\"" } ?? ""
            sheetList += "<sheet name=\"\(name)\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"\(state)/>"
            relationships += relationship("rId\(index + 1)", "worksheet", "worksheets/sheet\(index + 1).xml")
            parts["xl/worksheets/sheet\(index + 1).xml"] = xml
        }
        if let sharedStrings {
            relationships += relationship("rIdS", "sharedStrings", "sharedStrings.xml")
            parts["xl/sharedStrings.xml"] = sharedStrings
        }
        if let styles {
            relationships += relationship("rIdT", "styles", "styles.xml")
            parts["xl/styles.xml"] = styles
        }
        parts["[Content_Types].xml"] = "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
        parts["_rels/.rels"] = rels(relationship("rId1", "officeDocument", "xl/workbook.xml"))
        parts["xl/workbook.xml"] = "<workbook xmlns=\"\(main)\" xmlns:r=\"\(self.relationships)\">\(workbookProperties)<sheets>\(sheetList)</sheets></workbook>"
        if parts["xl/_rels/workbook.xml.rels"] == nil { parts["xl/_rels/workbook.xml.rels"] = rels(relationships) }
        return try write(parts.sorted { $0.key < $1.key }.map { ($0.key, Data($0.value.utf8)) })
    }

    static func relationship(_ id: String, _ kind: String, _ target: String, external: Bool = false) -> String {
        "<Relationship Id=\"\(id)\" Type=\"\(relationships)/\(kind)\" Target=\"\(target)\"\(external ? " TargetMode=\"External\"" : "")/>"
    }

    static func rels(_ body: String) -> String {
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(body)</Relationships>"
    }

    /// Writes entries, deflated, to a new scratch .xlsx file.
    static func write(_ entries: [(String, Data)], fileExtension: String = "xlsx") throws -> URL {
        let url = try temporaryURL(fileExtension)
        var code: Int32 = 0
        guard let archive = zip_open(url.path, ZIP_CREATE | ZIP_TRUNCATE, &code) else { throw TestFailure("zip_open \(code)") }
        var buffers: [UnsafeMutableRawPointer] = []
        defer { buffers.forEach { $0.deallocate() } }
        for (name, data) in entries {
            let buffer = UnsafeMutableRawPointer.allocate(byteCount: max(data.count, 1), alignment: 1)
            data.copyBytes(to: buffer.assumingMemoryBound(to: UInt8.self), count: data.count)
            buffers.append(buffer)
            guard let source = zip_source_buffer(archive, buffer, zip_uint64_t(data.count), 0),
                  zip_file_add(archive, name, source, zip_flags_t(ZIP_FL_ENC_UTF_8)) >= 0 else {
                throw TestFailure("cannot add \(name)")
            }
        }
        guard zip_close(archive) == 0 else { throw TestFailure("zip_close failed") }
        return url
    }

    /// A path for a new file in the running test's scratch directory.
    static func temporaryURL(_ fileExtension: String) throws -> URL {
        try Scratch.file("test.\(fileExtension)")
    }

    /// Opens `url` and returns the cells of its first sheet as `A1 → value`.
    static func cells(_ url: URL, sheet: Int = 0) throws -> [String: CellValue] {
        let reader = try XLSXReader(path: url.path)
        let read = try reader.sheet(reader.sheets[sheet])
        var cells: [String: CellValue] = [:]
        for row in read.rows { for cell in row.cells { cells[cell.address.description] = cell.value } }
        return cells
    }

    /// A stored (uncompressed) minimal workbook whose last entry is the sheet, byte by byte, for
    /// damaging its zip records.
    static func rawWorkbook(sheet: String) -> RawZip {
        var zip = RawZip()
        let parts: [(String, String)] = [
            ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            ("_rels/.rels", rels(relationship("r", "officeDocument", "xl/workbook.xml"))),
            ("xl/workbook.xml", "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationships)\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"a\"/></sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels", rels(relationship("a", "worksheet", "worksheets/sheet1.xml"))),
            ("xl/worksheets/sheet1.xml", sheet),
        ]
        zip.entries = parts.map { RawZip.Entry(name: $0.0, data: Array($0.1.utf8)) }
        return zip
    }

    /// The ReadError thrown while opening `url` and reading all its sheets.
    static func readError(_ url: URL, limits: ReadLimits = .standard) -> ReadError? {
        do {
            let reader = try SpreadsheetFile.open(url.path, limits: limits)
            for sheet in reader.sheets { _ = try reader.sheet(sheet) }
            return nil
        } catch let error as ReadError {
            return error
        } catch {
            return nil
        }
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
