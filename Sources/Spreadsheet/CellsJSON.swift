import ByteOutput

/// Writes a workbook's cells as JSON in the corpus format: sheets in order, each with its
/// `name` and `cells` keyed by A1 name, every cell `{"t": "s"|"n"|"b"|"e"|"d", "v": …}`.
/// Rows are written as they are read, so memory stays flat however large the sheet.
///
/// Output is composed in place in a `ChunkedOutput`, straight from the cells' bytes, and handed
/// to the sink whenever the next piece would not fit.
public struct CellsJSONWriter {
    /// Longest text (in UTF-8 bytes) written in one piece; longer texts go in several.
    private static let pieceSize = (ChunkedOutput.size - 64) / 6
    /// Room for a cell's key and the fixed text around its value: `,"XFD1048576":{"t":"s","v":…}`.
    private static let cellFrameBound = 64

    private let output: ChunkedOutput
    /// The digits of the row being written.
    private var rowDigits = RowDigits()

    /// `sink` receives the output in chunks.
    public init(sink: @escaping (UnsafeRawBufferPointer) throws -> Void) {
        output = ChunkedOutput(sink: sink)
    }

    /// Writes every sheet of `reader` (or only `only`, when given).
    public mutating func write(_ reader: any WorkbookReader, only: SheetInfo? = nil) throws {
        try emit("{\"file\":")
        try emitString(reader.file)
        try emit(",\"sheets\":[")
        for (position, sheet) in (only.map { [$0] } ?? reader.sheets).enumerated() {
            if position > 0 { try emit(",") }
            try writeSheet(sheet, of: reader)
        }
        try emit("],\"notes\":")
        try emitNotes(reader.notes)
        try emit("}\n")
        try output.finish()
    }

    private mutating func writeSheet(_ sheet: SheetInfo, of reader: any WorkbookReader) throws {
        try emit("{\"name\":")
        try emitString(sheet.name)
        try emit(",\"index\":\(sheet.index),\"visibility\":\"\(sheet.visibility.rawValue)\",\"cells\":{")
        var first = true
        let layout = try reader.readRows(of: sheet) { row in
            // Reading the address and value in place; passing the Cell would copy it.
            for index in row.cells.indices {
                try writeCell(row.cells[index].address, row.cells[index].value, comma: !first)
                first = false
            }
        }
        try emit("},\"merged\":[")
        for (position, range) in layout.mergedRanges.enumerated() {
            try emit((position > 0 ? ",\"" : "\"") + range.description + "\"")
        }
        try emit("],\"hidden_rows\":[")
        for (position, row) in layout.hiddenRows.enumerated() {
            try emit((position > 0 ? "," : "") + String(row))
        }
        try emit("],\"hidden_columns\":[")
        for (position, span) in layout.hiddenColumns.enumerated() {
            let letters = CellAddress.columnLetters(span.lowerBound) + ":" + CellAddress.columnLetters(span.upperBound)
            try emit((position > 0 ? ",\"" : "\"") + letters + "\"")
        }
        try emit("],\"notes\":")
        try emitNotes(layout.notes)
        try emit("}")
    }

    /// `"A1":{"t":…,"v":…}`, preceded by a comma unless it is the sheet's first cell. Numbers
    /// and short texts, nearly every cell, are written in one piece.
    private mutating func writeCell(_ address: CellAddress, _ value: CellValue, comma: Bool) throws {
        if address.row != rowDigits.row { rowDigits = RowDigits(row: address.row) }
        let column = address.column, row = rowDigits
        switch value {
        case .number(let number):
            try emit(bound: Self.cellFrameBound + number.jsonByteBound) { out in
                out.key(column: column, row: row, comma: comma)
                out.text("{\"t\":\"n\",\"v\":")
                out.number(number)
                out.byte(UInt8(ascii: "}"))
            }
        case .text(let text):
            let wroteWhole = try text.utf8.withContiguousStorageIfAvailable { bytes in
                guard bytes.count <= Self.pieceSize else { return false }
                try emit(bound: Self.cellFrameBound + OutputCursor.jsonStringBound(bytes.count)) { out in
                    out.key(column: column, row: row, comma: comma)
                    out.text("{\"t\":\"s\",\"v\":")
                    out.jsonString(bytes)
                    out.byte(UInt8(ascii: "}"))
                }
                return true
            }
            guard wroteWhole != true else { return }
            try emit(bound: Self.cellFrameBound) { out in
                out.key(column: column, row: row, comma: comma)
                out.text("{\"t\":\"s\",\"v\":")
            }
            try emitString(text)
            try emit("}")
        case .boolean(let flag):
            try emit(bound: Self.cellFrameBound) { out in
                out.key(column: column, row: row, comma: comma)
                out.text("{\"t\":\"b\",\"v\":")
                if flag { out.text("true}") } else { out.text("false}") }
            }
        case .error(let code):
            try emit(bound: Self.cellFrameBound) { out in
                out.key(column: column, row: row, comma: comma)
                out.text("{\"t\":\"e\",\"v\":")
            }
            try emitString(code)
            try emit("}")
        case .date(let date):
            try emit(bound: Self.cellFrameBound) { out in
                out.key(column: column, row: row, comma: comma)
                out.text("{\"t\":\"d\",\"kind\":\"")
            }
            try emit(date.kind.rawValue + "\",\"v\":")
            if let iso = date.isoText { try emitString(iso) } else { try emit("null") }
            try emit(bound: Self.cellFrameBound + date.serial.jsonByteBound) { out in
                out.text(",\"serial\":")
                out.number(date.serial)
                out.byte(UInt8(ascii: "}"))
            }
        case .isoDate(let iso):
            try emit(bound: Self.cellFrameBound) { out in
                out.key(column: column, row: row, comma: comma)
                out.text("{\"t\":\"d\",\"v\":")
            }
            try emitString(iso)
            try emit(",\"serial\":null}")
        }
    }

    private func emitNotes(_ notes: [ReadNote]) throws {
        try emit("[")
        for (position, note) in notes.enumerated() {
            if position > 0 { try emit(",") }
            try emitString(note.message)
        }
        try emit("]")
    }

    /// Lets `body` write at most `bound` bytes (at most a chunk) in place; throws as soon as the
    /// sink has failed, so a broken output stops the read.
    private func emit(bound: Int, _ body: (inout OutputCursor) -> Void) throws {
        output.write(upTo: bound, body)
        try output.checkSink()
    }

    /// Structural JSON text, copied as is; the callers' texts are far shorter than a chunk.
    private func emit(_ text: String) throws {
        var text = text
        try text.withUTF8 { bytes in try emit(bound: bytes.count) { $0.bytes(bytes) } }
    }

    /// A JSON string of any length, in pieces that each fit a chunk.
    private func emitString(_ text: String) throws {
        var text = text
        try text.withUTF8 { bytes in
            if bytes.count <= Self.pieceSize {
                try emit(bound: OutputCursor.jsonStringBound(bytes.count)) { $0.jsonString(bytes) }
                return
            }
            try emit("\"")
            var start = 0
            while start < bytes.count {
                let piece = UnsafeBufferPointer(rebasing: bytes[start..<min(start + Self.pieceSize, bytes.count)])
                try emit(bound: 6 * piece.count) { $0.jsonEscaped(piece) }
                start += piece.count
            }
            try emit("\"")
        }
    }
}

private extension OutputCursor {
    /// `"A1":`, with a leading comma when `comma` is set (at most 16 bytes).
    mutating func key(column: Int, row: RowDigits, comma: Bool) {
        if comma { byte(UInt8(ascii: ",")) }
        byte(UInt8(ascii: "\""))
        advance { ColumnLetters.write(column, to: $0) }
        advance { row.write(to: $0) }
        text("\":")
    }

    /// A number in JSON's grammar (at most `number.jsonByteBound` bytes).
    mutating func number(_ number: NumberText) {
        advance { number.writeJSON(to: $0) }
    }
}
