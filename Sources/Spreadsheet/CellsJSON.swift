/// Writes a workbook's cells as JSON in the corpus format: sheets in order, each with its
/// `name` and `cells` keyed by A1 name, every cell `{"t": "s"|"n"|"b"|"e"|"d", "v": …}`.
/// Rows are written as they are read, so memory stays flat however large the sheet.
public struct CellsJSONWriter {
    private let sink: (UnsafeRawBufferPointer) throws -> Void
    private var buffer: [UInt8] = []

    /// `sink` receives the output in chunks.
    public init(sink: @escaping (UnsafeRawBufferPointer) throws -> Void) {
        self.sink = sink
        buffer.reserveCapacity(1 << 16)
    }

    /// Writes every sheet of `reader` (or only `only`, when given).
    public mutating func write(_ reader: any WorkbookReader, only: SheetInfo? = nil) throws {
        append("{\"file\":")
        appendString(reader.file)
        append(",\"sheets\":[")
        for (position, sheet) in (only.map { [$0] } ?? reader.sheets).enumerated() {
            if position > 0 { append(",") }
            try writeSheet(sheet, of: reader)
        }
        append("],\"notes\":[")
        for (position, note) in reader.notes.enumerated() {
            if position > 0 { append(",") }
            appendString(note.message)
        }
        append("]}\n")
        try flush()
    }

    private mutating func writeSheet(_ sheet: SheetInfo, of reader: any WorkbookReader) throws {
        append("{\"name\":")
        appendString(sheet.name)
        append(",\"index\":\(sheet.index),\"visibility\":\"\(sheet.visibility.rawValue)\",\"cells\":{")
        var first = true
        let layout = try reader.readRows(of: sheet) { row in
            for cell in row.cells {
                if !first { append(",") }
                first = false
                append("\"\(cell.address)\":")
                appendValue(cell.value)
            }
            if buffer.count > 1 << 16 { try flush() }
        }
        append("},\"merged\":[")
        append(layout.mergedRanges.map { "\"\($0)\"" }.joined(separator: ","))
        append("],\"hidden_rows\":[")
        append(layout.hiddenRows.map(String.init).joined(separator: ","))
        append("],\"hidden_columns\":[")
        append(layout.hiddenColumns.map {
            "\"\(CellAddress.columnLetters($0.lowerBound)):\(CellAddress.columnLetters($0.upperBound))\""
        }.joined(separator: ","))
        append("],\"notes\":[")
        for (position, note) in layout.notes.enumerated() {
            if position > 0 { append(",") }
            appendString(note.message)
        }
        append("]}")
    }

    private mutating func appendValue(_ value: CellValue) {
        switch value {
        case .text(let text):
            append("{\"t\":\"s\",\"v\":")
            appendString(text)
            append("}")
        case .number(let number):
            append("{\"t\":\"n\",\"v\":\(number.jsonText)}")
        case .boolean(let flag):
            append("{\"t\":\"b\",\"v\":\(flag)}")
        case .error(let code):
            append("{\"t\":\"e\",\"v\":")
            appendString(code)
            append("}")
        case .date(let date):
            append("{\"t\":\"d\",\"kind\":\"\(date.kind.rawValue)\",\"v\":")
            if let iso = date.isoText { appendString(iso) } else { append("null") }
            append(",\"serial\":\(date.serial.jsonText)}")
        case .isoDate(let iso):
            append("{\"t\":\"d\",\"v\":")
            appendString(iso)
            append(",\"serial\":null}")
        }
    }

    private mutating func append(_ text: String) { buffer.append(contentsOf: text.utf8) }

    private mutating func appendString(_ text: String) {
        buffer.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): buffer.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): buffer.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: buffer.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: buffer.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: buffer.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                buffer.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 15)]])
            default: buffer.append(byte)
            }
        }
        buffer.append(UInt8(ascii: "\""))
    }

    private mutating func flush() throws {
        try buffer.withUnsafeBytes { try sink($0) }
        buffer.removeAll(keepingCapacity: true)
    }
}
