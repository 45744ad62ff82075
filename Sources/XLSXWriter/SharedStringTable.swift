/// The workbook's shared strings: each distinct text once, numbered in order of first use,
/// so the same workbook always gives the same part.
struct SharedStringTable {
    private(set) var strings: [String] = []
    private var indexes: [String: Int] = [:]
    /// How many cells refer to the table, counting repeats.
    private(set) var referenceCount = 0

    /// The index of `text`, adding it on first use.
    mutating func index(of text: String) -> Int {
        referenceCount += 1
        if let index = indexes[text] { return index }
        strings.append(text)
        indexes[text] = strings.count - 1
        return strings.count - 1
    }

    /// `xl/sharedStrings.xml`.
    var xml: String {
        var xml = XMLPart.declaration
        xml += "<sst xmlns=\"\(XMLPart.mainNamespace)\" count=\"\(referenceCount)\" uniqueCount=\"\(strings.count)\">"
        for text in strings {
            let space = XMLText.needsPreserve(text) ? " xml:space=\"preserve\"" : ""
            xml += "<si><t\(space)>\(XMLText.cellString(text))</t></si>"
        }
        return xml + "</sst>"
    }
}
