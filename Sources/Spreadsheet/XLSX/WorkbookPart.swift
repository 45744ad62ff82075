/// A sheet as `xl/workbook.xml` lists it.
struct WorkbookSheetEntry {
    let name: String
    let relationshipID: String?
    let visibility: SheetVisibility
}

/// Reads `xl/workbook.xml`: the sheets in tab order and the date system.
final class WorkbookHandler: XMLEventHandler {
    private(set) var sheets: [WorkbookSheetEntry] = []
    private(set) var uses1904 = false

    override func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("sheet") {
            guard let sheetName = attributes.string("name") else {
                fail(.malformedXML("a <sheet> has no name"))
                return
            }
            let visibility: SheetVisibility
            switch attributes.string("state") {
            case nil, "visible": visibility = .visible
            case "hidden": visibility = .hidden
            case "veryHidden": visibility = .veryHidden
            case let other?:
                fail(.invalidValue("sheet \(sheetName) has the unknown state \"\(other)\""))
                return
            }
            sheets.append(WorkbookSheetEntry(name: sheetName, relationshipID: attributes.string("id", anyNamespace: true),
                                             visibility: visibility))
        } else if name.is("workbookPr") {
            let value = attributes.string("date1904")
            uses1904 = value == "1" || value == "true"
        }
    }
}
