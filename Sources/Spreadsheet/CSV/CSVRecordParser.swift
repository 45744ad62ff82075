/// The RFC 4180 state machine over UTF-8 bytes, one record at a time. Fields are lent to the
/// caller as bytes, straight from the text or, for a quoted field, from one reused buffer, so
/// reading a record allocates nothing.
struct CSVRecordParser {
    /// Where a record starts: its 1-based number (the row a spreadsheet would show it on) and
    /// the physical line it begins on.
    struct Record {
        let number: Int
        let line: Int
    }

    private let text: UnsafeBufferPointer<UInt8>
    private let separator: UInt8
    private let fieldEnd: FieldEnd
    private let file: String
    private let limits: ReadLimits
    private var index = 0
    private var line = 1
    private var recordNumber = 0
    /// The unquoted bytes of the last quoted field.
    private var scratch: [UInt8] = []

    /// `text` must stay valid while the parser is used.
    init(text: UnsafeBufferPointer<UInt8>, separator: UInt8, file: String, limits: ReadLimits) {
        self.text = text
        self.separator = separator
        fieldEnd = FieldEnd(separator: separator)
        self.file = file
        self.limits = limits
    }

    /// Reads the next record, calling `field` with the record, each field's 0-based position and
    /// its bytes (valid only during the call); nil at the end of the text.
    mutating func next(_ field: (Record, Int, UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Record? {
        guard index < text.count else { return nil }
        recordNumber += 1
        // A cell must have an address in the grid, whatever the limits allow.
        let maxRows = min(limits.maxCSVRows, CellAddress.maxRow), maxColumns = min(limits.maxCSVColumns, CellAddress.maxColumn)
        guard recordNumber <= maxRows else {
            throw ReadError(file: file, line: line, reason: .csvTooManyRows(limit: maxRows))
        }
        let record = Record(number: recordNumber, line: line)
        var position = 0
        while true {
            let quoted = index < text.count && text[index] == UInt8(ascii: "\"")
            let start = index
            let (end, endsRecord) = quoted ? (0, try quotedField()) : unquotedField()
            guard position < maxColumns else {
                throw ReadError(file: file, line: record.line, reason: .csvTooManyColumns(limit: maxColumns))
            }
            if quoted {
                try scratch.withUnsafeBufferPointer { try field(record, position, $0) }
            } else {
                try field(record, position, UnsafeBufferPointer(rebasing: text[start..<end]))
            }
            position += 1
            if endsRecord { return record }
        }
    }

    /// Skips an unquoted field and what ends it: where the field ends, and whether a line break
    /// or the end of the text (rather than a separator) ended it.
    private mutating func unquotedField() -> (end: Int, endsRecord: Bool) {
        index = fieldEnd.first(in: text, from: index)
        let end = index
        guard index < text.count else { return (end, true) }
        if text[index] == separator {
            index += 1
            return (end, false)
        }
        consumeLineBreak()
        return (end, true)
    }

    /// Reads a quoted field into `scratch`; true when a line break or the end of the text ended it.
    private mutating func quotedField() throws -> Bool {
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
            if byte == separator { index += 1; return false }
            if byte == 0x0A || byte == 0x0D { consumeLineBreak(); return true }
            scratch.append(byte)
            index += 1
        }
        return true
    }

    private mutating func consumeLineBreak() {
        if text[index] == 0x0D, index + 1 < text.count, text[index + 1] == 0x0A { index += 1 }
        index += 1
        line += 1
    }
}
