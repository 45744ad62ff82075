import Foundation

/// Reads a CSV file as one sheet named after the file. Follows RFC 4180 and what real exports
/// do: quoted fields may hold separators, doubled quotes and line breaks; records end in CRLF,
/// LF or CR; rows may be ragged. Every field is text as written; typing figures is the
/// mapping's job. Cells get A1 addresses (record number, field position) like XLSX cells.
public final class CSVReader: WorkbookReader {
    public let file: String
    public let sheets: [SheetInfo]
    public private(set) var notes: [ReadNote] = []
    /// The separator in use, given or sniffed.
    public let separator: UInt8
    /// The encoding the text was decoded from.
    public let encoding: CSVEncoding

    private let text: [UInt8]
    private let limits: ReadLimits

    public init(path: String, displayName: String? = nil, options: CSVOptions = CSVOptions(),
                limits: ReadLimits = .standard) throws {
        let name = displayName ?? path
        self.file = name
        self.limits = limits
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        guard let size = attributes?[.size] as? Int64 else { throw ReadError(file: name, reason: .fileNotFound) }
        guard size <= limits.maxCSVBytes else {
            throw ReadError(file: name, reason: .partTooLarge(limit: limits.maxCSVBytes))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReadError(file: name, reason: .unreadableFile("cannot read"))
        }
        let decoded = try TextDecoding.decode([UInt8](data), declared: options.encoding, file: name)
        text = decoded.bytes
        encoding = decoded.encoding
        if let note = decoded.note { notes.append(note) }
        separator = options.separator ?? SeparatorSniffer.sniff(decoded.bytes)
        let sheetName = ((name as NSString).lastPathComponent as NSString).deletingPathExtension
        sheets = [SheetInfo(name: sheetName, index: 0, visibility: .visible, partName: (name as NSString).lastPathComponent)]
    }

    public func readRows(of sheet: SheetInfo, _ body: (Row) throws -> Void) throws -> SheetLayout {
        var parser = CSVRecordParser(text: text, separator: separator, file: file, limits: limits)
        while let record = try parser.next() {
            var cells: [Cell] = []
            for (position, field) in record.fields.enumerated() where !field.isEmpty {
                cells.append(Cell(address: CellAddress(row: record.number, column: position + 1)!,
                                  value: .text(String(decoding: field, as: UTF8.self))))
            }
            if !cells.isEmpty { try body(Row(number: record.number, cells: cells)) }
        }
        return SheetLayout()
    }
}

/// The RFC 4180 state machine over UTF-8 bytes, one record at a time.
struct CSVRecordParser {
    struct Record {
        /// 1-based record number: the row a spreadsheet would show it on.
        let number: Int
        /// The physical line the record starts on.
        let line: Int
        let fields: [ArraySlice<UInt8>]
    }

    private let text: [UInt8]
    private let separator: UInt8
    private let file: String
    private let limits: ReadLimits
    private var index = 0
    private var line = 1
    private var recordNumber = 0
    private var scratch: [UInt8] = []

    init(text: [UInt8], separator: UInt8, file: String, limits: ReadLimits) {
        self.text = text
        self.separator = separator
        self.file = file
        self.limits = limits
    }

    mutating func next() throws -> Record? {
        guard index < text.count else { return nil }
        recordNumber += 1
        guard recordNumber <= limits.maxCSVRows else {
            throw ReadError(file: file, line: line, reason: .csvTooManyRows(limit: limits.maxCSVRows))
        }
        let startLine = line
        var fields: [ArraySlice<UInt8>] = []
        while true {
            let field = try nextField()
            fields.append(field.bytes)
            guard fields.count <= limits.maxCSVColumns else {
                throw ReadError(file: file, line: startLine, reason: .csvTooManyColumns(limit: limits.maxCSVColumns))
            }
            if field.endsRecord { break }
        }
        return Record(number: recordNumber, line: startLine, fields: fields)
    }

    /// Reads one field; `endsRecord` is set when a line break or the end of the text follows it.
    private mutating func nextField() throws -> (bytes: ArraySlice<UInt8>, endsRecord: Bool) {
        if index < text.count, text[index] == UInt8(ascii: "\"") {
            return try quotedField()
        }
        let start = index
        while index < text.count {
            let byte = text[index]
            if byte == separator {
                index += 1
                return (text[start..<(index - 1)], false)
            }
            if byte == 0x0A || byte == 0x0D {
                let end = index
                consumeLineBreak()
                return (text[start..<end], true)
            }
            index += 1
        }
        return (text[start..<index], true)
    }

    private mutating func quotedField() throws -> (bytes: ArraySlice<UInt8>, endsRecord: Bool) {
        let openedAt = line
        index += 1
        scratch.removeAll(keepingCapacity: true)
        while true {
            guard index < text.count else {
                throw ReadError(file: file, line: openedAt, reason: .csvUnterminatedQuote(openedAtLine: openedAt))
            }
            let byte = text[index]
            if byte == UInt8(ascii: "\"") {
                if index + 1 < text.count, text[index + 1] == UInt8(ascii: "\"") {
                    scratch.append(byte)
                    index += 2
                    continue
                }
                index += 1
                break
            }
            if byte == 0x0A || (byte == 0x0D && !(index + 1 < text.count && text[index + 1] == 0x0A)) { line += 1 }
            guard scratch.count < limits.maxCellTextBytes else {
                throw ReadError(file: file, line: openedAt, reason: .textTooLong(limit: limits.maxCellTextBytes))
            }
            scratch.append(byte)
            index += 1
        }
        // Text after the closing quote is kept as written, as spreadsheet programs do.
        while index < text.count {
            let byte = text[index]
            if byte == separator { index += 1; return (scratch[...], false) }
            if byte == 0x0A || byte == 0x0D { consumeLineBreak(); return (scratch[...], true) }
            scratch.append(byte)
            index += 1
        }
        return (scratch[...], true)
    }

    private mutating func consumeLineBreak() {
        if text[index] == 0x0D, index + 1 < text.count, text[index + 1] == 0x0A { index += 1 }
        index += 1
        line += 1
    }
}
