/// A file that could not be read, with where it went wrong: the file, then the part of the
/// package (or CSV line) and the cell when known.
public struct ReadError: Error, Sendable, CustomStringConvertible {
    /// Why the read failed.
    public enum Reason: Error, Sendable, Equatable {
        case fileNotFound
        case unreadableFile(String)
        /// Not a workbook at all; `what` names what it is instead.
        case notAWorkbook(what: String)
        case damagedZip(String)
        case tooManyEntries(count: Int, limit: Int)
        case duplicateEntry(String)
        case overlappingEntries(String, String)
        case unsupportedCompression(method: Int32)
        case encryptedEntry
        case partTooLarge(limit: Int64)
        /// A CSV file larger than `ReadLimits.maxCSVBytes`.
        case fileTooLarge(limit: Int64)
        case workbookTooLarge(limit: Int64)
        case compressionBomb(inflated: Int64, compressed: Int64, ratio: Int64)
        case sizeMismatch(declared: UInt64, actual: Int64)
        case corruptEntry(String)
        case missingPart(referencedFrom: String)
        case externalTarget(String)
        case doctypeForbidden
        case malformedXML(String)
        case invalidCellReference(String)
        case cellOutOfOrder(String)
        case invalidNumber(String)
        case sharedStringIndexOutOfRange(index: String, count: Int)
        case styleIndexOutOfRange(index: String, count: Int)
        case invalidValue(String)
        case textTooLong(limit: Int)
        case sheetNotFound(String)
        case noSheets
        case csvUnterminatedQuote(openedAtLine: Int)
        case csvTooManyColumns(limit: Int)
        case csvTooManyRows(limit: Int)
        case csvInvalidEncoding(String)
    }

    /// The file as the user named it.
    public let file: String
    /// The zip entry (e.g. `xl/worksheets/sheet1.xml`), when the problem is inside one.
    public let part: String?
    /// A line of the part or CSV file, when known.
    public let line: Int?
    /// The cell (A1), when known.
    public let cell: String?
    public let reason: Reason

    public init(file: String, part: String? = nil, line: Int? = nil, cell: String? = nil, reason: Reason) {
        self.file = file
        self.part = part
        self.line = line
        self.cell = cell
        self.reason = reason
    }

    /// Where it happened, e.g. `laporan.xlsx, part xl/worksheets/sheet1.xml, cell C7`.
    public var location: String {
        var text = file
        if let part { text += ", part \(part)" }
        if let line { text += ", line \(line)" }
        if let cell { text += ", cell \(cell)" }
        return text
    }

    public var description: String { "\(location): \(reason.explanation)" }
}

extension ReadError.Reason {
    /// A plain-language explanation for a planner.
    public var explanation: String {
        switch self {
        case .fileNotFound: return "the file does not exist"
        case .unreadableFile(let why): return "the file cannot be opened (\(why))"
        case .notAWorkbook(let what): return "this is not an .xlsx/.xlsm workbook or CSV file: \(what)"
        case .damagedZip(let why): return "the workbook's zip container is damaged (\(why))"
        case .tooManyEntries(let count, let limit):
            return "the workbook holds \(count) zip entries, more than the limit of \(limit)"
        case .duplicateEntry(let name):
            return "the zip container holds two entries named \(name) (a sign of tampering)"
        case .overlappingEntries(let a, let b):
            return "zip entries \(a) and \(b) share bytes (a sign of a zip bomb)"
        case .unsupportedCompression(let method):
            return "the entry uses compression method \(method); only stored (0) and deflate (8) are allowed"
        case .encryptedEntry: return "the entry is encrypted; save the workbook without a password"
        case .partTooLarge(let limit): return "the entry inflates past the limit of \(limit) bytes"
        case .fileTooLarge(let limit): return "the file is larger than the limit of \(limit) bytes"
        case .workbookTooLarge(let limit): return "the workbook inflates past the limit of \(limit) bytes in all"
        case .compressionBomb(let inflated, let compressed, let ratio):
            return "the entry inflates \(inflated) bytes from \(compressed) (over \(ratio)×): refused as a compression bomb"
        case .sizeMismatch(let declared, let actual):
            return "the entry holds \(actual) bytes but declares \(declared)"
        case .corruptEntry(let why): return "the entry is corrupt (\(why))"
        case .missingPart(let from): return "the part is missing, though \(from) refers to it"
        case .externalTarget(let target): return "the relationship points outside the file (\(target))"
        case .doctypeForbidden:
            return "the XML declares a DTD or entities, which workbooks never need; refused as unsafe"
        case .malformedXML(let why): return "the XML is malformed: \(why)"
        case .invalidCellReference(let ref): return "invalid cell reference \"\(ref)\""
        case .cellOutOfOrder(let ref): return "cell or row \(ref) appears twice or out of order"
        case .invalidNumber(let text): return "\"\(text)\" is not a number"
        case .sharedStringIndexOutOfRange(let index, let count):
            return "shared string \(index) does not exist (the workbook has \(count))"
        case .styleIndexOutOfRange(let index, let count):
            return "style \(index) does not exist (the workbook has \(count))"
        case .invalidValue(let why): return why
        case .textTooLong(let limit): return "a text is longer than the limit of \(limit) bytes"
        case .sheetNotFound(let name): return "there is no sheet \(name)"
        case .noSheets: return "the workbook has no worksheet"
        case .csvUnterminatedQuote(let line):
            return "a quoted field opened on line \(line) is never closed"
        case .csvTooManyColumns(let limit): return "a record has more than \(limit) fields"
        case .csvTooManyRows(let limit): return "the file has more than \(limit) records"
        case .csvInvalidEncoding(let why): return "the text encoding cannot be read (\(why))"
        }
    }
}
