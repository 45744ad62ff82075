/// Collects the distinct cell styles of a workbook and numbers them, in order of first use,
/// into the lists of `xl/styles.xml`: number formats, fonts, fills, borders and cell formats
/// (`cellXfs`). Index 0 of every list is Excel's default.
struct StyleTable {
    private var fonts: [Font] = [Font()]
    /// Custom fills; the part lists them after the two fills Excel reserves (none, gray125).
    private var fills: [Fill] = []
    private var borders: [Border] = [.none]
    /// Format codes that are not built in, numbered from 164 as Excel does.
    private var customFormats: [NumberFormat] = []
    private var styles: [CellStyle] = [.plain]
    private var styleIndexes: [CellStyle: Int] = [.plain: 0]

    private static let firstCustomFormatID = 164
    private static let reservedFills = 2

    /// The `s` attribute value for `style`, registering it on first use.
    mutating func index(of style: CellStyle) -> Int {
        if let index = styleIndexes[style] { return index }
        if !fonts.contains(style.font) { fonts.append(style.font) }
        if let fill = style.fill, !fills.contains(fill) { fills.append(fill) }
        if !borders.contains(style.border) { borders.append(style.border) }
        if style.numberFormat.builtInID == nil, !customFormats.contains(style.numberFormat) {
            customFormats.append(style.numberFormat)
        }
        styles.append(style)
        styleIndexes[style] = styles.count - 1
        return styles.count - 1
    }

    /// `xl/styles.xml`.
    var xml: String {
        var xml = XMLPart.declaration + "<styleSheet xmlns=\"\(XMLPart.mainNamespace)\">"
        if !customFormats.isEmpty {
            xml += "<numFmts count=\"\(customFormats.count)\">"
            for (offset, format) in customFormats.enumerated() {
                xml += "<numFmt numFmtId=\"\(Self.firstCustomFormatID + offset)\" formatCode=\"\(XMLText.escaped(format.code))\"/>"
            }
            xml += "</numFmts>"
        }
        xml += "<fonts count=\"\(fonts.count)\">"
        for font in fonts {
            xml += "<font>\(font.bold ? "<b/>" : "")<sz val=\"\(font.size)\"/><name val=\"\(Font.family)\"/><family val=\"2\"/></font>"
        }
        xml += "</fonts><fills count=\"\(fills.count + Self.reservedFills)\">"
        xml += "<fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
        for fill in fills {
            xml += "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF\(fill.rgb)\"/><bgColor indexed=\"64\"/></patternFill></fill>"
        }
        xml += "</fills><borders count=\"\(borders.count)\">"
        for border in borders { xml += Self.borderXML(border) }
        xml += "</borders>"
        xml += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        xml += "<cellXfs count=\"\(styles.count)\">"
        for style in styles { xml += cellFormatXML(style) }
        xml += "</cellXfs>"
        xml += "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        return xml + "</styleSheet>"
    }

    private func cellFormatXML(_ style: CellStyle) -> String {
        let formatID = style.numberFormat.builtInID
            ?? Self.firstCustomFormatID + customFormats.firstIndex(of: style.numberFormat)!
        let fontID = fonts.firstIndex(of: style.font)!
        let fillID = style.fill.map { fills.firstIndex(of: $0)! + Self.reservedFills } ?? 0
        let borderID = borders.firstIndex(of: style.border)!
        var xml = "<xf numFmtId=\"\(formatID)\" fontId=\"\(fontID)\" fillId=\"\(fillID)\" borderId=\"\(borderID)\" xfId=\"0\""
        if formatID != 0 { xml += " applyNumberFormat=\"1\"" }
        if fontID != 0 { xml += " applyFont=\"1\"" }
        if fillID != 0 { xml += " applyFill=\"1\"" }
        if borderID != 0 { xml += " applyBorder=\"1\"" }
        guard style.alignment.isCustom else { return xml + "/>" }
        xml += " applyAlignment=\"1\"><alignment"
        if let horizontal = style.alignment.horizontal { xml += " horizontal=\"\(horizontal.rawValue)\"" }
        if let vertical = style.alignment.vertical { xml += " vertical=\"\(vertical.rawValue)\"" }
        if style.alignment.wrapText { xml += " wrapText=\"1\"" }
        return xml + "/></xf>"
    }

    private static func borderXML(_ border: Border) -> String {
        switch border {
        case .none:
            "<border><left/><right/><top/><bottom/><diagonal/></border>"
        case .thin:
            "<border>" + ["left", "right", "top", "bottom"].map { "<\($0) style=\"thin\"><color indexed=\"64\"/></\($0)>" }.joined()
                + "<diagonal/></border>"
        }
    }
}
