/// Reads `xl/sharedStrings.xml`: one string per `<si>`, joining rich-text runs and leaving out
/// phonetic runs (`<rPh>`), with `_xHHHH_` escapes decoded. A run without
/// `xml:space="preserve"` loses its leading and trailing blanks, as in Excel.
final class SharedStringsHandler: XMLEventHandler {
    // Both are modified for every string; the parser's callbacks run one at a time and never
    // re-enter, so their run-time exclusivity checks are turned off.
    @exclusivity(unchecked) private(set) var strings: SharedStringTable
    private let limits: ReadLimits
    private var inItem = false
    private var phoneticDepth = 0
    private var inText = false
    @exclusivity(unchecked) private var text = XMLText()
    private var runStart = 0
    private var runPreserved = false

    /// `partBytes`: the part's declared size, to reserve room for its texts.
    init(limits: ReadLimits, partBytes: UInt64) {
        self.limits = limits
        strings = SharedStringTable(partBytes: partBytes)
    }

    override func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("si") {
            inItem = true
            text.removeAll()
        } else if name.is("rPh") {
            phoneticDepth += 1
        } else if name.is("t"), inItem, phoneticDepth == 0 {
            inText = true
            runStart = text.count
            runPreserved = XMLSpace.preserves(attributes)
        }
    }

    override func endElement(_ name: XMLName) {
        if name.is("si") {
            guard strings.count < limits.maxSharedStrings else {
                fail(.invalidValue("the workbook has more than \(limits.maxSharedStrings) shared strings"))
                return
            }
            if text.bytes.contains(UInt8(ascii: "_")) {
                strings.append(EscapedText.decode(String(decoding: text.bytes, as: UTF8.self)).utf8)
            } else {
                strings.append(text.bytes)
            }
            inItem = false
        } else if name.is("rPh") {
            phoneticDepth -= 1
        } else if name.is("t") {
            if inText, !runPreserved { text.trimRun(from: runStart) }
            inText = false
        }
    }

    override func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard inText else { return }
        guard text.count + bytes.count <= limits.maxCellTextBytes else {
            fail(.textTooLong(limit: limits.maxCellTextBytes))
            return
        }
        text.append(bytes)
    }
}
