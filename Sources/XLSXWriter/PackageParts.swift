/// The fixed-shape parts of the package: content types, relationships, the workbook part and
/// the document properties. Each takes only what it lists, so the same workbook always gives
/// the same bytes.
enum PackageParts {
    static let worksheetContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"

    /// Part name of the 1-based `number`th worksheet.
    static func worksheetPart(_ number: Int) -> String { "xl/worksheets/sheet\(number).xml" }

    /// `[Content_Types].xml`.
    static func contentTypes(sheetCount: Int) -> String {
        var xml = XMLPart.declaration
        xml += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        xml += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        xml += override("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
        for number in 1...sheetCount { xml += override("/" + worksheetPart(number), worksheetContentType) }
        xml += override("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml")
        xml += override("/xl/sharedStrings.xml",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml")
        xml += override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
        xml += override("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")
        return xml + "</Types>"
    }

    /// `_rels/.rels`: the workbook and the two property parts.
    static let rootRelationships = relationships([
        Relationship(id: "rId1", type: officeDocumentBase + "officeDocument", target: "xl/workbook.xml"),
        Relationship(id: "rId2", type: packageBase + "metadata/core-properties", target: "docProps/core.xml"),
        Relationship(id: "rId3", type: officeDocumentBase + "extended-properties", target: "docProps/app.xml"),
    ])

    /// `xl/_rels/workbook.xml.rels`: sheets first (`rId1`…), then styles and shared strings.
    static func workbookRelationships(sheetCount: Int) -> String {
        var entries = (1...sheetCount).map {
            Relationship(id: "rId\($0)", type: officeDocumentBase + "worksheet", target: "worksheets/sheet\($0).xml")
        }
        entries.append(Relationship(id: "rId\(sheetCount + 1)", type: officeDocumentBase + "styles", target: "styles.xml"))
        entries.append(Relationship(id: "rId\(sheetCount + 2)", type: officeDocumentBase + "sharedStrings",
                                    target: "sharedStrings.xml"))
        return relationships(entries)
    }

    /// `xl/workbook.xml`, the first sheet active.
    static func workbook(sheetNames: [String]) -> String {
        var xml = XMLPart.declaration
        xml += "<workbook xmlns=\"\(XMLPart.mainNamespace)\" xmlns:r=\"\(XMLPart.relationshipsNamespace)\">"
        xml += "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
        for (offset, name) in sheetNames.enumerated() {
            xml += "<sheet name=\"\(XMLText.escaped(name))\" sheetId=\"\(offset + 1)\" r:id=\"rId\(offset + 1)\"/>"
        }
        return xml + "</sheets></workbook>"
    }

    /// `docProps/core.xml`.
    static func coreProperties(_ properties: DocumentProperties) -> String {
        let stamp = properties.timestamp.w3cdtf
        var xml = XMLPart.declaration
        xml += "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
        xml += " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
        xml += " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        xml += "<dc:title>\(XMLText.escaped(properties.title))</dc:title>"
        xml += "<dc:creator>\(XMLText.escaped(properties.creator))</dc:creator>"
        xml += "<cp:lastModifiedBy>\(XMLText.escaped(properties.creator))</cp:lastModifiedBy>"
        xml += "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(stamp)</dcterms:created>"
        xml += "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(stamp)</dcterms:modified>"
        return xml + "</cp:coreProperties>"
    }

    /// `docProps/app.xml`, listing the sheet names as Excel does.
    static func appProperties(_ properties: DocumentProperties, sheetNames: [String]) -> String {
        var xml = XMLPart.declaration
        xml += "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\""
        xml += " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
        xml += "<Application>\(XMLText.escaped(properties.application))</Application>"
        xml += "<HeadingPairs><vt:vector size=\"2\" baseType=\"variant\"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>"
        xml += "<vt:variant><vt:i4>\(sheetNames.count)</vt:i4></vt:variant></vt:vector></HeadingPairs>"
        xml += "<TitlesOfParts><vt:vector size=\"\(sheetNames.count)\" baseType=\"lpstr\">"
        for name in sheetNames { xml += "<vt:lpstr>\(XMLText.escaped(name))</vt:lpstr>" }
        xml += "</vt:vector></TitlesOfParts>"
        return xml + "</Properties>"
    }

    private static func override(_ part: String, _ contentType: String) -> String {
        "<Override PartName=\"\(part)\" ContentType=\"\(contentType)\"/>"
    }

    private struct Relationship {
        let id: String
        let type: String
        let target: String
    }

    private static let officeDocumentBase = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    private static let packageBase = "http://schemas.openxmlformats.org/package/2006/relationships/"

    private static func relationships(_ entries: [Relationship]) -> String {
        var xml = XMLPart.declaration
        xml += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for entry in entries {
            xml += "<Relationship Id=\"\(entry.id)\" Type=\"\(entry.type)\" Target=\"\(entry.target)\"/>"
        }
        return xml + "</Relationships>"
    }
}
