import RenstraModel

/// One inconsistency, at its cell, in words a planner can act on: what was expected there,
/// what the cell holds, the other cells involved, and a note with the detail.
public struct Finding: Hashable, Sendable {
    public let code: FindingCode
    public let location: FindingLocation
    /// The node (or the grand total) the finding is about, when it is about one.
    public let subject: Subject?
    /// The program the subject belongs to, for grouping a report.
    public let program: Subject?
    /// What the cell should hold, when the rule says.
    public let expected: FindingValue?
    /// What the cell holds.
    public let actual: FindingValue?
    /// Other cells involved: the kegiatan summed, the row it repeats…
    public let related: [CellLocation]
    /// The values the message template is rendered with.
    public let arguments: [String: MessageArgument]
    public let notes: [Note]

    public init(code: FindingCode, location: FindingLocation, subject: Subject? = nil, program: Subject? = nil,
                expected: FindingValue? = nil, actual: FindingValue? = nil, related: [CellLocation] = [],
                arguments: [String: MessageArgument] = [:], notes: [Note] = []) {
        self.code = code
        self.location = location
        self.subject = subject
        self.program = program
        self.expected = expected
        self.actual = actual
        self.related = related
        var arguments = arguments
        if let subject, arguments["subject"] == nil { arguments["subject"] = .subject(subject) }
        self.arguments = arguments
        self.notes = notes
    }

    public var severity: Severity { code.entry.severity }

    /// The message, rendered from the code's template.
    public func message(_ language: Language) -> String {
        Template.render(code.entry.template.text(language), arguments, language)
    }

    /// The notes as one text, or nil when there are none.
    public func note(_ language: Language) -> String? {
        notes.isEmpty ? nil : notes.map { $0.text(language) }.joined(separator: " ")
    }

    /// Source order: by row, then column, then code.
    static func sourceOrder(_ a: Finding, _ b: Finding) -> Bool {
        a.location.at.order != b.location.at.order ? a.location.at.order < b.location.at.order : a.code < b.code
    }
}
