/// Streams `<sheetData>` of a worksheet part into rows of cells, and collects merged ranges
/// and hidden rows and columns. Every reference and index is checked; cells and rows without
/// `r` are placed after their predecessor.
final class WorksheetHandler: XMLEventHandler {
    @exclusivity(unchecked) private var sharedStrings: SharedStringTable
    private let dateKinds: [DateSerial.Kind?]?
    private let uses1904: Bool
    private let limits: ReadLimits
    private let onRow: (Row) throws -> Void
    /// An error thrown by `onRow`, rethrown as is when the parse ends.
    private(set) var rowHandlerError: Error?
    private(set) var layout = SheetLayout()
    /// Where the last failure happened, for the error message.
    private(set) var failedCell: String?

    /// The first style index that does not exist, and where it was used.
    private var unknownStyle: (index: Int, address: CellAddress)?

    private var inSheetData = false
    private var rowNumber = 0
    private var rowHidden = false
    private var rowOpen = false
    /// Set while the open row has no `r` and no cell yet: the row number before it.
    private var implicitRowAfter: Int?
    private var lastColumn = 0
    // The row's cells and the cell's text are modified several times per cell. The parser's
    // callbacks run one at a time and never re-enter, so the run-time exclusivity checks on
    // these two (a thread-local lookup on every access) are turned off.
    @exclusivity(unchecked) private var cells: [Cell] = []

    private var cellAddress: CellAddress?
    private var cellType = CellType.number
    private var cellStyle: DateSerial.Kind?
    private var inlineDepth = 0
    private var phoneticDepth = 0
    private var collecting = false
    private var hasValue = false
    @exclusivity(unchecked) private var text = XMLText()
    /// Where the current `<t>` run began in `text`, and whether it has `xml:space="preserve"`.
    private var runStart = 0
    private var runPreserved = false

    init(sharedStrings: SharedStringTable, dateKinds: [DateSerial.Kind?]?, uses1904: Bool, limits: ReadLimits,
         onRow: @escaping (Row) throws -> Void) {
        self.sharedStrings = sharedStrings
        self.dateKinds = dateKinds
        self.uses1904 = uses1904
        self.limits = limits
        self.onRow = onRow
    }

    override func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        if inSheetData {
            if name.is("c") { startCell(attributes) }
            else if name.is("v") { collecting = cellAddress != nil; hasValue = true; clearText() }
            else if name.is("is") { inlineDepth += 1; hasValue = true; clearText() }
            else if name.is("rPh") { phoneticDepth += 1 }
            else if name.is("t") {
                collecting = inlineDepth > 0 && phoneticDepth == 0 && cellAddress != nil
                runStart = text.count
                runPreserved = XMLSpace.preserves(attributes)
            }
            else if name.is("row") { startRow(attributes) }
        } else if name.is("sheetData") {
            inSheetData = true
        } else if name.is("mergeCell") {
            guard let ref = attributes.string("ref"), let range = CellRange(a1: ref) else {
                fail(.invalidCellReference(attributes.string("ref") ?? "(missing)"))
                return
            }
            layout.mergedRanges.append(range)
        } else if name.is("col") {
            startColumn(attributes)
        }
    }

    override func endElement(_ name: XMLName) {
        guard inSheetData else { return }
        if name.is("c") { endCell() }
        else if name.is("v") { collecting = false }
        else if name.is("t") {
            if collecting, !runPreserved { text.trimRun(from: runStart) }
            collecting = false
        }
        else if name.is("is") { inlineDepth -= 1 }
        else if name.is("rPh") { phoneticDepth -= 1 }
        else if name.is("row") { endRow() }
        else if name.is("sheetData") {
            flushRow()
            inSheetData = false
            if let (index, address) = unknownStyle, let count = dateKinds?.count {
                layout.notes.append(ReadNote("cell \(address) and maybe others use style \(index), but the workbook "
                                             + "defines only \(count); they were read in the General format"))
            }
        }
    }

    /// Empties the value text; `<v>` and `<is>` start a value this way, so a cell never sees
    /// the text of the one before it.
    private func clearText() {
        text.removeAll()
    }

    override func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard collecting else { return }
        guard text.count + bytes.count <= limits.maxCellTextBytes else {
            failedCell = cellAddress?.description
            fail(.textTooLong(limit: limits.maxCellTextBytes))
            return
        }
        text.append(bytes)
    }

    // MARK: rows

    private func startRow(_ attributes: XMLAttributes) {
        let number: Int
        let ref = attributes.value("r")
        if let ref {
            guard let parsed = CellAddress.parseRowNumber(ref), (1...CellAddress.maxRow).contains(parsed) else {
                fail(.invalidCellReference("row " + XMLBytes.attributeString(ref)))
                return
            }
            number = parsed
        } else {
            number = rowNumber + 1
        }
        // A row without `r` takes its number from its first cell's reference, when it has one.
        implicitRowAfter = ref == nil ? rowNumber : nil
        let isHidden = attributes.value("hidden").map(Self.isTrue) ?? false
        rowOpen = true
        // Some writers split one row over several <row> elements with the same number.
        if number == rowNumber {
            rowHidden = rowHidden || isHidden
            return
        }
        guard number > rowNumber else {
            fail(.cellOutOfOrder("row \(number)"))
            return
        }
        flushRow()
        rowNumber = number
        lastColumn = 0
        rowHidden = isHidden
    }

    private func endRow() {
        rowOpen = false
    }

    /// Hands the finished row to the caller.
    private func flushRow() {
        if rowHidden, layout.hiddenRows.last != rowNumber { layout.hiddenRows.append(rowNumber) }
        guard !cells.isEmpty else { return }
        do { try onRow(Row(number: rowNumber, cells: cells, isHidden: rowHidden)) } catch {
            rowHandlerError = error
            fail(.invalidValue("reading stopped"))
        }
        cells.removeAll(keepingCapacity: true)
    }

    private func startColumn(_ attributes: XMLAttributes) {
        guard attributes.value("hidden").map(Self.isTrue) ?? false else { return }
        guard let min = attributes.string("min").flatMap(Int.init), let max = attributes.string("max").flatMap(Int.init),
              1 <= min, min <= max, max <= CellAddress.maxColumn else {
            fail(.invalidValue("a hidden column span has invalid bounds"))
            return
        }
        layout.hiddenColumns.append(min...max)
    }

    // MARK: cells

    private func startCell(_ attributes: XMLAttributes) {
        if !rowOpen {
            // A cell outside any <row>: treat it as opening the next row.
            flushRow()
            rowNumber += 1
            rowOpen = true
            lastColumn = 0
            rowHidden = false
        }
        let cellAttributes = CellAttributes(attributes)
        let address: CellAddress
        if let ref = cellAttributes.reference {
            guard let parsed = CellAddress.parse(ref) else {
                fail(.invalidCellReference(XMLBytes.attributeString(ref)))
                return
            }
            if let previous = implicitRowAfter, parsed.row > previous, parsed.row != rowNumber {
                flushRow()
                rowNumber = parsed.row
                lastColumn = 0
            }
            implicitRowAfter = nil
            // The same address twice is tolerated only when the first was empty (a later
            // <row> element repeating the cell with its value); the last value wins.
            let repeatsEmptyCell = parsed.column == lastColumn && cells.last?.address != parsed
            guard parsed.row == rowNumber, parsed.column > lastColumn || repeatsEmptyCell else {
                failedCell = parsed.description
                fail(.cellOutOfOrder(parsed.description))
                return
            }
            address = parsed
        } else {
            guard let next = CellAddress(row: rowNumber, column: lastColumn + 1) else {
                fail(.invalidCellReference("column \(lastColumn + 1) of row \(rowNumber)"))
                return
            }
            address = next
        }
        implicitRowAfter = nil
        lastColumn = address.column
        cellAddress = address
        hasValue = false
        if let type = cellAttributes.type {
            guard let known = CellType(type) else {
                failedCell = address.description
                fail(.invalidValue("unknown cell type \"\(XMLBytes.attributeString(type))\""))
                return
            }
            cellType = known
        } else {
            cellType = .number
        }
        cellStyle = nil
        if let style = cellAttributes.style, !style.isEmpty {
            guard let index = Self.parseIndex(style) else {
                failedCell = address.description
                fail(.styleIndexOutOfRange(index: XMLBytes.attributeString(style), count: dateKinds?.count ?? 0))
                return
            }
            if let dateKinds {
                if index < dateKinds.count {
                    cellStyle = dateKinds[index]
                } else if unknownStyle == nil {
                    // Excel and both reference readers show such cells in the General format.
                    unknownStyle = (index, address)
                }
            }
        }
    }

    private func endCell() {
        guard let address = cellAddress else { return }
        cellAddress = nil
        collecting = false
        guard hasValue else { return }
        do {
            if let value = try value() { cells.append(Cell(address: address, value: value)) }
        } catch {
            failedCell = address.description
            fail(error)
        }
    }

    private func value() throws(ReadError.Reason) -> CellValue? {
        switch cellType {
        case .number:
            if text.bytes.allSatisfy(\.isXMLBlank) { return nil }
            guard let number = NumberText(bytes: text.bytes) else { throw .invalidNumber(String(decoding: text.bytes, as: UTF8.self)) }
            if let kind = cellStyle, number.doubleValue < DateSerial.firstSerialPastYear9999 {
                return .date(DateSerial(serial: number, kind: kind, uses1904: uses1904))
            }
            return .number(number)
        case .sharedString:
            if text.bytes.allSatisfy(\.isXMLBlank) { return nil }
            guard let index = Self.parseIndex(text.bytes) else {
                throw .sharedStringIndexOutOfRange(index: String(decoding: text.bytes, as: UTF8.self), count: sharedStrings.count)
            }
            guard index < sharedStrings.count else {
                throw .sharedStringIndexOutOfRange(index: String(index), count: sharedStrings.count)
            }
            let string = sharedStrings.string(at: index)
            return string.isEmpty ? nil : .text(string)
        case .formulaString, .inlineString:
            // An empty cached result is an empty cell, as both reference readers see it.
            return text.isEmpty ? nil : .text(EscapedText.decode(String(decoding: text.bytes, as: UTF8.self)))
        case .boolean:
            switch String(decoding: text.bytes, as: UTF8.self) {
            case "1", "true": return .boolean(true)
            case "0", "false": return .boolean(false)
            case let other: throw .invalidValue("\"\(other)\" is not a boolean")
            }
        case .error:
            let code = String(decoding: text.bytes, as: UTF8.self)
            return code.isEmpty ? nil : .error(code)
        case .isoDate:
            let iso = String(decoding: text.bytes, as: UTF8.self)
            if iso.isEmpty { return nil }
            // A value that is not a plain local date or time stays text, as the peers read it.
            return ISODateText.isPlain(iso) ? .isoDate(iso) : .text(iso)
        }
    }

    /// `1` or `true`, as a boolean attribute such as `hidden` is written.
    private static func isTrue(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        XMLBytes.equal(value, "1") || XMLBytes.equal(value, "true")
    }


    /// A non-negative decimal index of at most 9 digits (blanks around it tolerated), or nil.
    private static func parseIndex(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var value = 0, digits = 0, seenBlankAfter = false
        for byte in bytes {
            let digit = byte &- 0x30
            if digit < 10, !seenBlankAfter, digits < 9 {
                value = value * 10 + Int(digit)
                digits += 1
            } else if byte.isXMLBlank {
                if digits > 0 { seenBlankAfter = true }
            } else {
                return nil
            }
        }
        return digits > 0 ? value : nil
    }
}
