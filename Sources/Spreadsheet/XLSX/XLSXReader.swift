/// Reads .xlsx and .xlsm workbooks: the package through libzip, every part through
/// libxml2's SAX2 push parser. The workbook is found through `_rels/.rels` and the workbook's
/// relationships, never by guessing part names. Worksheets are streamed row by row.
public final class XLSXReader: WorkbookReader {
    public let file: String
    public private(set) var sheets: [SheetInfo] = []
    public private(set) var notes: [ReadNote] = []

    private let archive: ZipArchive
    private let limits: ReadLimits
    private var sharedStrings = SharedStringTable()
    /// Date kind per cell style; nil when the workbook has no styles part.
    private var dateKinds: [DateSerial.Kind?]?
    private var uses1904 = false

    /// Opens the package and reads the workbook, shared strings and styles parts.
    public init(path: String, displayName: String? = nil, limits: ReadLimits = .standard) throws {
        let name = displayName ?? path
        self.file = name
        self.limits = limits
        self.archive = try ZipArchive(path: path, displayName: name, limits: limits)
        if archive.hasInconsistentHeaders {
            notes.append(ReadNote("the zip container's local and central headers differ slightly; read anyway"))
        }
        try loadWorkbook()
    }

    public func readRows(of sheet: SheetInfo, _ body: (Row) throws -> Void) throws -> SheetLayout {
        guard let entry = archive.entry(named: sheet.partName) else {
            throw ReadError(file: file, part: sheet.partName, reason: .missingPart(referencedFrom: "sheet \(sheet.name)"))
        }
        return try withoutActuallyEscaping(body) { body in
            let handler = WorksheetHandler(sharedStrings: sharedStrings, dateKinds: dateKinds, uses1904: uses1904,
                                           limits: limits, onRow: body)
            do {
                try XMLStreamParser.parse(archive.open(entry), file: file, into: handler)
            } catch let error as ReadError {
                if let rowError = handler.rowHandlerError { throw rowError }
                throw ReadError(file: error.file, part: error.part, line: error.line, cell: handler.failedCell,
                                reason: error.reason)
            }
            return handler.layout
        }
    }

    // MARK: package structure

    private func loadWorkbook() throws {
        if archive.entry(named: "_rels/.rels") == nil {
            if archive.entry(named: "mimetype") != nil || archive.entry(named: "content.xml") != nil {
                throw ReadError(file: file, reason: .notAWorkbook(what: "an OpenDocument spreadsheet (.ods); save it as .xlsx"))
            }
            throw ReadError(file: file, part: "_rels/.rels", reason: .notAWorkbook(
                what: "the package has no _rels/.rels, so it is not an Office Open XML file"))
        }
        let rootRelationships = try relationships(of: "")
        guard let officeDocument = rootRelationships.first(where: { $0.kind == "officeDocument" }),
              let workbookPart = try resolve(officeDocument, from: "", relationshipsPart: "_rels/.rels") else {
            throw ReadError(file: file, part: "_rels/.rels", reason: .notAWorkbook(what: "the package names no workbook part"))
        }
        let workbook = WorkbookHandler()
        try parse(workbookPart, referencedFrom: "_rels/.rels", into: workbook)
        uses1904 = workbook.uses1904
        let workbookRelationshipsPart = PartName.relationshipsPart(of: workbookPart)
        let relations = try relationships(of: workbookPart)
        let byID = Dictionary(relations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        try loadSheetList(workbook.sheets, relationships: byID, workbookPart: workbookPart)
        if let stringsRelation = relations.first(where: { $0.kind == "sharedStrings" }) {
            try loadSharedStrings(stringsRelation, workbookPart: workbookPart)
        }
        if let stylesRelation = relations.first(where: { $0.kind == "styles" }),
           let stylesPart = try resolve(stylesRelation, from: workbookPart, relationshipsPart: workbookRelationshipsPart),
           archive.entry(named: stylesPart) != nil {
            let styles = StylesHandler()
            try parse(stylesPart, referencedFrom: workbookRelationshipsPart, into: styles)
            dateKinds = styles.dateKinds
        }
    }

    private func loadSheetList(_ entries: [WorkbookSheetEntry], relationships: [String: Relationship],
                               workbookPart: String) throws {
        let relationshipsPart = PartName.relationshipsPart(of: workbookPart)
        for entry in entries {
            guard let id = entry.relationshipID, let relation = relationships[id] else {
                notes.append(ReadNote("sheet \"\(entry.name)\" was skipped: the workbook gives it no part"))
                continue
            }
            switch relation.kind {
            case "worksheet":
                guard let part = try resolve(relation, from: workbookPart, relationshipsPart: relationshipsPart) else {
                    notes.append(ReadNote("sheet \"\(entry.name)\" was skipped: its part name is invalid"))
                    continue
                }
                sheets.append(SheetInfo(name: entry.name, index: sheets.count, visibility: entry.visibility, partName: part))
            case "chartsheet":
                notes.append(ReadNote("sheet \"\(entry.name)\" was skipped: it is a chart sheet"))
            case "dialogsheet":
                notes.append(ReadNote("sheet \"\(entry.name)\" was skipped: it is a dialog sheet"))
            case "xlMacrosheet", "xlIntlMacrosheet":
                notes.append(ReadNote("sheet \"\(entry.name)\" was skipped: it is an Excel 4 macro sheet"))
            default:
                notes.append(ReadNote("sheet \"\(entry.name)\" was skipped: unknown sheet type \(relation.type)"))
            }
        }
    }

    private func loadSharedStrings(_ relation: Relationship, workbookPart: String) throws {
        let relationshipsPart = PartName.relationshipsPart(of: workbookPart)
        guard let part = try resolve(relation, from: workbookPart, relationshipsPart: relationshipsPart) else { return }
        guard let entry = archive.entry(named: part) else {
            notes.append(ReadNote("the shared strings part \(part) is declared but missing; text cells that use it will fail"))
            return
        }
        let handler = SharedStringsHandler(limits: limits, partBytes: entry.declaredSize)
        try parse(part, referencedFrom: relationshipsPart, into: handler)
        sharedStrings = handler.strings
    }

    private func relationships(of part: String) throws -> [Relationship] {
        let relationshipsPart = PartName.relationshipsPart(of: part)
        let handler = RelationshipsHandler()
        try parse(relationshipsPart, referencedFrom: part.isEmpty ? "the package" : part, into: handler)
        return handler.relationships
    }

    private func resolve(_ relation: Relationship, from source: String, relationshipsPart: String) throws -> String? {
        if relation.isExternal {
            throw ReadError(file: file, part: relationshipsPart, reason: .externalTarget(relation.target))
        }
        return PartName.resolve(relation.target, from: source)
    }

    private func parse(_ part: String, referencedFrom source: String, into handler: XMLEventHandler) throws {
        guard let entry = archive.entry(named: part) else {
            throw ReadError(file: file, part: part, reason: .missingPart(referencedFrom: source))
        }
        try XMLStreamParser.parse(archive.open(entry), file: file, into: handler)
    }
}
