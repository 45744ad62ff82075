/// Renders one worksheet as `xl/worksheets/sheetN.xml`, registering its styles and strings
/// in the workbook-wide tables as it goes. Rows and cells come out in grid order, whatever
/// order they were set in.
enum WorksheetPart {
    /// Excel's default row height for Arial 10, in points.
    static let defaultRowHeight = 12.75

    static func xml(_ sheet: Worksheet, selected: Bool, styles: inout StyleTable,
                    strings: inout SharedStringTable) -> String {
        var xml = XMLPart.declaration
        xml += "<worksheet xmlns=\"\(XMLPart.mainNamespace)\" xmlns:r=\"\(XMLPart.relationshipsNamespace)\">"
        xml += "<dimension ref=\"\(dimension(of: sheet))\"/>"
        xml += sheetViews(sheet, selected: selected)
        xml += "<sheetFormatPr defaultRowHeight=\"\(defaultRowHeight)\"/>"
        if !sheet.columnWidths.isEmpty {
            xml += "<cols>"
            for column in sheet.columnWidths.keys.sorted() {
                xml += "<col min=\"\(column)\" max=\"\(column)\" width=\"\(sheet.columnWidths[column]!)\" customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += sheetData(sheet, styles: &styles, strings: &strings)
        if !sheet.merges.isEmpty {
            xml += "<mergeCells count=\"\(sheet.merges.count)\">"
            for range in sheet.merges { xml += "<mergeCell ref=\"\(range)\"/>" }
            xml += "</mergeCells>"
        }
        return xml + "</worksheet>"
    }

    private static func dimension(of sheet: Worksheet) -> String {
        let positions = sheet.entries.keys
        guard let first = positions.min() else { return "A1" }
        let top = first.row
        let bottom = positions.map(\.row).max()!
        let left = positions.map(\.column).min()!
        let right = positions.map(\.column).max()!
        return CellRange(CellPosition(row: top, column: left), CellPosition(row: bottom, column: right)).description
    }

    private static func sheetViews(_ sheet: Worksheet, selected: Bool) -> String {
        var xml = "<sheetViews><sheetView\(selected ? " tabSelected=\"1\"" : "") workbookViewId=\"0\""
        guard let pane = sheet.frozenPane else { return xml + "/></sheetViews>" }
        let topLeft = CellPosition(row: pane.rows + 1, column: pane.columns + 1)
        let activePane = switch (pane.rows > 0, pane.columns > 0) {
        case (true, true): "bottomRight"
        case (true, false): "bottomLeft"
        default: "topRight"
        }
        xml += "><pane"
        if pane.columns > 0 { xml += " xSplit=\"\(pane.columns)\"" }
        if pane.rows > 0 { xml += " ySplit=\"\(pane.rows)\"" }
        xml += " topLeftCell=\"\(topLeft)\" activePane=\"\(activePane)\" state=\"frozen\"/>"
        xml += "<selection pane=\"\(activePane)\" activeCell=\"\(topLeft)\" sqref=\"\(topLeft)\"/>"
        return xml + "</sheetView></sheetViews>"
    }

    private static func sheetData(_ sheet: Worksheet, styles: inout StyleTable,
                                  strings: inout SharedStringTable) -> String {
        var cellsByRow: [Int: [(column: Int, entry: Worksheet.Entry)]] = [:]
        for (position, entry) in sheet.entries {
            cellsByRow[position.row, default: []].append((position.column, entry))
        }
        let rows = Set(cellsByRow.keys).union(sheet.rowHeights.keys).union(sheet.hiddenRows).sorted()
        var xml = "<sheetData>"
        for row in rows {
            xml += "<row r=\"\(row)\""
            if let height = sheet.rowHeights[row] { xml += " ht=\"\(height)\" customHeight=\"1\"" }
            if sheet.hiddenRows.contains(row) { xml += " hidden=\"1\"" }
            let cells = (cellsByRow[row] ?? []).sorted { $0.column < $1.column }
            guard !cells.isEmpty else { xml += "/>"; continue }
            xml += ">"
            for (column, entry) in cells {
                xml += cellXML(CellPosition(row: row, column: column), entry, styles: &styles, strings: &strings)
            }
            xml += "</row>"
        }
        return xml + "</sheetData>"
    }

    private static func cellXML(_ position: CellPosition, _ entry: Worksheet.Entry, styles: inout StyleTable,
                                strings: inout SharedStringTable) -> String {
        let style = styles.index(of: entry.style)
        let styleAttribute = style == 0 ? "" : " s=\"\(style)\""
        switch entry.content {
        case nil:
            return "<c r=\"\(position)\"\(styleAttribute)/>"
        case .text(let text):
            return "<c r=\"\(position)\"\(styleAttribute) t=\"s\"><v>\(strings.index(of: text))</v></c>"
        case .number(let number):
            return "<c r=\"\(position)\"\(styleAttribute)><v>\(number.text)</v></c>"
        }
    }
}
