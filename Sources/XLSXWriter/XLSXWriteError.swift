/// Why a workbook could not be written. Every case names what was wrong, so the message can
/// be shown as is.
public enum XLSXWriteError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A sheet name Excel would refuse: empty, longer than 31 characters, containing one of
    /// `[ ] : * ? / \`, or starting or ending with an apostrophe.
    case invalidSheetName(String)
    /// Two sheets whose names differ only in case (Excel compares them case-insensitively).
    case duplicateSheetName(String)
    /// A workbook must hold at least one sheet.
    case noSheets
    /// A merged range of a single cell.
    case singleCellMerge(sheet: String, range: String)
    /// Two merged ranges that share cells.
    case overlappingMerges(sheet: String, first: String, second: String)
    /// A value that a merged range would hide: only the top-left cell of a merge may hold one.
    case valueHiddenByMerge(sheet: String, cell: String, range: String)
    /// A timestamp outside what a zip entry can record (1980–2107) or not a real date.
    case invalidTimestamp(String)
    /// A fill colour that is not six hexadecimal digits.
    case invalidColor(String)
    /// A width or height that is negative, zero or above Excel's maximum.
    case invalidDimension(String)
    /// libzip refused an operation; `operation` names it and `message` is libzip's text.
    case zip(operation: String, message: String)

    public var description: String {
        switch self {
        case .invalidSheetName(let name): "invalid sheet name \"\(name)\""
        case .duplicateSheetName(let name): "duplicate sheet name \"\(name)\""
        case .noSheets: "a workbook needs at least one sheet"
        case .singleCellMerge(let sheet, let range): "\(sheet): merged range \(range) has a single cell"
        case .overlappingMerges(let sheet, let first, let second): "\(sheet): merged ranges \(first) and \(second) overlap"
        case .valueHiddenByMerge(let sheet, let cell, let range):
            "\(sheet): cell \(cell) holds a value but lies inside merged range \(range), not at its top-left"
        case .invalidTimestamp(let text): "invalid timestamp \(text)"
        case .invalidColor(let text): "invalid colour \"\(text)\" (expected six hexadecimal digits)"
        case .invalidDimension(let text): "invalid dimension \(text)"
        case .zip(let operation, let message): "zip: \(operation) failed: \(message)"
        }
    }
}
