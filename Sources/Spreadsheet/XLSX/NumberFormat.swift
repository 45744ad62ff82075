/// Decides whether a number format shows a date, time or duration, as Excel would display it.
enum NumberFormat {
    /// Built-in format ids that are dates or times (ECMA-376 Part 1 §18.8.30, including the
    /// East-Asian locale ids 27–36 and 50–58).
    static func builtInKind(_ id: Int) -> DateSerial.Kind? {
        switch id {
        case 14...17, 27...31, 34...36, 50...58: return .date
        case 18...21, 32, 33, 45, 47: return .time
        case 22: return .datetime
        case 46: return .duration
        default: return nil
        }
    }

    /// Classifies a format code: looks at the first section only, ignoring quoted text,
    /// escaped and padding characters, colours, conditions and locale tags.
    static func kind(ofCode code: String) -> DateSerial.Kind? {
        var hasDate = false, hasTime = false, isElapsed = false
        var characters = code.makeIterator()
        scan: while let character = characters.next() {
            switch character {
            case ";": break scan
            case "\"":
                while let next = characters.next(), next != "\"" {}
            case "\\", "_", "*":
                _ = characters.next()
            case "[":
                var tag = ""
                while let next = characters.next(), next != "]" { tag.append(next) }
                let lowered = tag.lowercased()
                if !lowered.isEmpty, lowered.allSatisfy({ $0 == "h" || $0 == "m" || $0 == "s" }) { isElapsed = true }
            case "y", "Y", "d", "D":
                hasDate = true
            case "m", "M": hasDate = hasDate || !hasTime
            case "h", "H", "s", "S": hasTime = true
            default: continue
            }
        }
        if isElapsed { return .duration }
        switch (hasDate, hasTime) {
        case (true, true): return .datetime
        case (true, false): return .date
        case (false, true): return .time
        default: return nil
        }
    }
}

/// Reads `xl/styles.xml`: for each cell format (`<cellXfs><xf>`), whether it shows dates.
final class StylesHandler: XMLEventHandler {
    /// Date kind of each cell format, by index; nil for non-date formats.
    private(set) var dateKinds: [DateSerial.Kind?] = []
    private var customFormats: [Int: String] = [:]
    private var formatIDs: [Int] = []
    private var inCellFormats = false

    override func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("numFmt") {
            guard let id = attributes.string("numFmtId").flatMap(Int.init) else { return }
            customFormats[id] = attributes.string("formatCode") ?? ""
        } else if name.is("cellXfs") {
            inCellFormats = true
        } else if name.is("xf"), inCellFormats {
            formatIDs.append(attributes.string("numFmtId").flatMap(Int.init) ?? 0)
        }
    }

    override func endElement(_ name: XMLName) {
        if name.is("cellXfs") { inCellFormats = false }
        if name.is("styleSheet") { resolve() }
    }

    private func resolve() {
        dateKinds = formatIDs.map { id in
            if let code = customFormats[id] { return NumberFormat.kind(ofCode: code) }
            return NumberFormat.builtInKind(id)
        }
    }
}
