import XLSXWriter

/// Why the samples could not be generated.
public enum SampleError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A source table could not be read.
    case unreadableSource(path: String)
    /// A source table's header line is not the one the generator was written for.
    case unexpectedColumns(file: String, expected: [String], found: [String])
    /// A line of a source table has the wrong number of tab-separated fields.
    case wrongFieldCount(file: String, line: Int, expected: Int, found: Int)
    /// A source line's `kind` (or `repeat`, `page`) is not one the table allows.
    case unexpectedValue(file: String, line: Int, column: String, value: String)
    /// A sample file could not be written.
    case unwritableOutput(path: String, reason: String)
    /// The xlsx writer refused a sheet.
    case workbook(XLSXWriteError)

    public var description: String {
        switch self {
        case .unreadableSource(let path): "cannot read \(path) (run from the package root, where samples/source is)"
        case .unexpectedColumns(let file, let expected, let found):
            "\(file): expected the columns \(expected.joined(separator: " ")), found \(found.joined(separator: " "))"
        case .wrongFieldCount(let file, let line, let expected, let found):
            "\(file):\(line): expected \(expected) tab-separated fields, found \(found)"
        case .unexpectedValue(let file, let line, let column, let value):
            "\(file):\(line): unexpected \(column) \"\(value)\""
        case .unwritableOutput(let path, let reason): "cannot write \(path): \(reason)"
        case .workbook(let error): error.description
        }
    }
}
