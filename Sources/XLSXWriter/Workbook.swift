/// A workbook being built, written in one go as an Office Open XML package (.xlsx).
///
/// Writing is deterministic: the same workbook gives the same bytes on every run and every
/// machine with the same zlib. Parts are added in a fixed order, shared strings and styles are
/// numbered in order of first use, rows and cells in grid order, and every time stamp (zip
/// entries, document properties) is the caller's `DocumentProperties.timestamp`.
public struct Workbook: Sendable {
    public var properties: DocumentProperties
    /// The sheets in tab order; the first is the active one.
    public private(set) var sheets: [Worksheet] = []

    public init(properties: DocumentProperties) {
        self.properties = properties
    }

    /// Adds a sheet after the others. Sheet names must differ regardless of case.
    public mutating func append(_ sheet: Worksheet) throws(XLSXWriteError) {
        if sheets.contains(where: { $0.name.lowercased() == sheet.name.lowercased() }) {
            throw .duplicateSheetName(sheet.name)
        }
        sheets.append(sheet)
    }

    /// Writes the package to `path`, replacing any file there.
    public func write(to path: String) throws(XLSXWriteError) {
        guard !sheets.isEmpty else { throw .noSheets }
        for sheet in sheets { try sheet.checkMerges() }
        var styles = StyleTable()
        var strings = SharedStringTable()
        let worksheetParts = sheets.enumerated().map { offset, sheet in
            WorksheetPart.xml(sheet, selected: offset == 0, styles: &styles, strings: &strings)
        }
        let names = sheets.map(\.name)
        let stamp = properties.timestamp
        let zip = try ZipPackageWriter(path: path)
        try zip.add("[Content_Types].xml", contents: PackageParts.contentTypes(sheetCount: sheets.count), modified: stamp)
        try zip.add("_rels/.rels", contents: PackageParts.rootRelationships, modified: stamp)
        try zip.add("xl/workbook.xml", contents: PackageParts.workbook(sheetNames: names), modified: stamp)
        try zip.add("xl/_rels/workbook.xml.rels", contents: PackageParts.workbookRelationships(sheetCount: sheets.count),
                    modified: stamp)
        for (offset, part) in worksheetParts.enumerated() {
            try zip.add(PackageParts.worksheetPart(offset + 1), contents: part, modified: stamp)
        }
        try zip.add("xl/styles.xml", contents: styles.xml, modified: stamp)
        try zip.add("xl/sharedStrings.xml", contents: strings.xml, modified: stamp)
        try zip.add("docProps/core.xml", contents: PackageParts.coreProperties(properties), modified: stamp)
        try zip.add("docProps/app.xml", contents: PackageParts.appProperties(properties, sheetNames: names), modified: stamp)
        try zip.close()
    }
}
