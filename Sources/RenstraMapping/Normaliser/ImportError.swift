/// A workbook that a mapping cannot read, said so a planner knows what to change.
public struct ImportError: Error, Sendable, CustomStringConvertible {
    public enum Problem: Sendable, Equatable {
        /// No sheet has the header the mapping looks for.
        case headerNotFound(mapping: String, anchor: String)
        /// The mapping names a sheet the workbook does not have.
        case sheetNotFound(String, available: [String])
        /// The header was found but a required column is not in it.
        case missingColumn(mapping: String, field: String, header: String)
        /// Several columns fit one field equally well.
        case ambiguousColumn(mapping: String, field: String, columns: [String])
        /// No year columns fit the mapping's year labels.
        case noYearColumns(mapping: String, labels: String)
        /// None of the shipped mappings fits the file.
        case noMappingFits(tried: [String])
    }

    public let file: String
    public let sheet: String?
    public let problem: Problem

    public init(file: String, sheet: String? = nil, problem: Problem) {
        self.file = file
        self.sheet = sheet
        self.problem = problem
    }

    public var description: String { "\(file): \(explanation)" }

    /// The problem in words, starting with the sheet when there is one.
    public var explanation: String {
        sheet.map { "sheet \($0): \(problemText)" } ?? problemText
    }

    private var problemText: String {
        switch problem {
        case .headerNotFound(let mapping, let anchor):
            return "no sheet has the header of mapping \(mapping) (looked for a row with \(anchor))"
        case .sheetNotFound(let name, let available):
            return "the mapping asks for sheet \"\(name)\", but the workbook has \(available.map { "\"\($0)\"" }.joined(separator: ", "))"
        case .missingColumn(let mapping, let field, let header):
            return "the header has no column for \(field) (mapping \(mapping) looks for \"\(header)\")"
        case .ambiguousColumn(let mapping, let field, let columns):
            return "columns \(columns.joined(separator: ", ")) all fit \(field) in mapping \(mapping); add `occurrence:` or `letter:` to its column rule"
        case .noYearColumns(let mapping, let labels):
            return "no year columns fit mapping \(mapping) (looked for \(labels) with target and pagu columns under them)"
        case .noMappingFits(let tried):
            return "none of the shipped mappings fits this file; tried:\n" + tried.map { "  - \($0)" }.joined(separator: "\n")
                + "\nWrite a mapping for it (see docs/mapping-format.md) and pass it with --mapping."
        }
    }
}
