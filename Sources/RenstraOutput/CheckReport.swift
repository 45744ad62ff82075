import Foundation
import RenstraCheck
import RenstraModel

/// What `renstra check` says about one document: the findings grouped by program with their
/// cells, and a verdict against the fail level. As text for a planner, as JSON for a script
/// (`docs/check-report.schema.json`).
public struct CheckReport: Sendable {
    /// The format version written in `"version"`.
    public static let version = 1

    public let document: RenstraDocument
    public let findings: [Finding]
    /// The lowest severity that fails the check.
    public let failOn: Severity
    public let language: Language

    public init(document: RenstraDocument, findings: [Finding], failOn: Severity, language: Language) {
        self.document = document
        self.findings = findings
        self.failOn = failOn
        self.language = language
    }

    /// Whether a finding at or above the fail level was found.
    public var failed: Bool { findings.contains { $0.severity >= failOn } }

    /// How many findings of a severity.
    public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }

    // MARK: text

    /// The report as a planner reads it, ending in a one-line verdict.
    public func text() -> String {
        var lines = [Template.fill(Phrases.heading.text(language), ["file": document.file, "sheet": document.sheet,
                                                                    "mapping": document.mapping]), ""]
        for group in groups() {
            lines.append(group.title)
            for finding in group.findings { lines += describe(finding) }
            lines.append("")
        }
        lines.append(verdict())
        return lines.joined(separator: "\n") + "\n"
    }

    /// `FAIL: 4 errors, 20 warnings, 1 info (failing at error)`.
    public func verdict() -> String {
        let word = (failed ? Phrases.fail : Phrases.pass).text(language)
        guard !findings.isEmpty else { return "\(word): " + Phrases.nothingFound.text(language) }
        let counts = Severity.allCases.reversed().map { severity in
            "\(count(severity)) " + Phrases.plural(severity).text(language)
        }.joined(separator: ", ")
        return "\(word): \(counts) " + Template.fill(Phrases.failingAt.text(language), ["level": failOn.label.text(language)])
    }

    private struct Group {
        let title: String
        let findings: [Finding]
        let firstRow: Int
    }

    /// One group per program, in sheet order, and one for everything outside programs.
    private func groups() -> [Group] {
        let byProgram = Dictionary(grouping: findings) { $0.program?.row }
        return byProgram.map { row, findings in
            let title: String
            if row != nil, let program = findings.first?.program {
                let name = program.nama.map { " " + ($0.count > 70 ? String($0.prefix(69)) + "…" : $0) } ?? ""
                title = "Program" + (program.kode.map { " \($0)" } ?? "") + name + " ("
                    + Template.fill(Phrases.row.text(language), ["row": String(program.row)]) + ")"
            } else {
                title = Phrases.outsidePrograms.text(language)
            }
            return Group(title: title, findings: findings, firstRow: findings.map(\.location.row).min() ?? 0)
        }.sorted { ($0.firstRow, $0.title) < ($1.firstRow, $1.title) }
    }

    private func describe(_ finding: Finding) -> [String] {
        let cell = finding.location.cell.padding(toLength: max(6, finding.location.cell.count), withPad: " ", startingAt: 0)
        let severity = finding.severity.label.text(language)
        let padded = severity.padding(toLength: max(10, severity.count), withPad: " ", startingAt: 0)
        var lines = ["  \(cell) \(padded) \(finding.code.rawValue): \(finding.message(language))"]
        let indent = String(repeating: " ", count: 10)
        if let note = finding.note(language) { lines.append(indent + note) }
        if !finding.related.isEmpty {
            let shown = finding.related.prefix(8).map(\.cell).joined(separator: ", ")
            let more = finding.related.count > 8 ? ", … (+\(finding.related.count - 8))" : ""
            lines.append(indent + Phrases.see.text(language) + " " + shown + more)
        }
        return lines
    }

    // MARK: JSON

    /// The findings array and a summary.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(ReportDTO(self))
        data.append(0x0A)
        return data
    }
}

private struct ReportDTO: Encodable {
    let format = "renstra-check-report"
    let version = CheckReport.version
    let source: [String: String]
    let language: String
    let fail_on: String
    let findings: [FindingDTO]
    let summary: SummaryDTO

    struct SummaryDTO: Encodable {
        let verdict: String
        let errors: Int
        let warnings: Int
        let infos: Int
        let total: Int
        let by_code: [String: Int]
        let text: String
    }

    init(_ report: CheckReport) {
        source = ["file": report.document.file, "sheet": report.document.sheet, "mapping": report.document.mapping]
        language = report.language.rawValue
        fail_on = report.failOn.rawValue
        findings = report.findings.map { FindingDTO($0, report.language) }
        summary = SummaryDTO(verdict: report.failed ? "fail" : "pass", errors: report.count(.error),
                             warnings: report.count(.warning), infos: report.count(.info), total: report.findings.count,
                             by_code: Dictionary(grouping: report.findings, by: \.code.rawValue).mapValues(\.count),
                             text: report.verdict())
    }

    enum CodingKeys: String, CodingKey { case format, version, source, language, fail_on, findings, summary }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(format, forKey: .format)
        try container.encode(version, forKey: .version)
        try container.encode(source, forKey: .source)
        try container.encode(language, forKey: .language)
        try container.encode(fail_on, forKey: .fail_on)
        try container.encode(findings, forKey: .findings)
        try container.encode(summary, forKey: .summary)
    }
}

/// The report's own words, in both languages.
private enum Phrases {
    static let heading = Localized(id: "renstra check: {file}, lembar {sheet} (mapping {mapping})",
                                   en: "renstra check: {file}, sheet {sheet} (mapping {mapping})")
    static let outsidePrograms = Localized(id: "Di luar program (subtotal, total, tabel)",
                                           en: "Outside any program (subtotals, total, table)")
    static let row = Localized(id: "baris {row}", en: "row {row}")
    static let see = Localized(id: "lihat", en: "see")
    static let pass = Localized(id: "LULUS", en: "PASS")
    static let fail = Localized(id: "GAGAL", en: "FAIL")
    static let nothingFound = Localized(id: "tidak ada temuan.", en: "no findings.")
    static let failingAt = Localized(id: "(gagal pada tingkat {level} ke atas)", en: "(failing at {level} and above)")

    static func plural(_ severity: Severity) -> Localized {
        switch severity {
        case .error: return Localized(id: "kesalahan", en: "errors")
        case .warning: return Localized(id: "peringatan", en: "warnings")
        case .info: return Localized(id: "info", en: "info")
        }
    }
}

/// `{name}` substitution for the report's own phrases.
private enum Template {
    static func fill(_ text: String, _ values: [String: String]) -> String {
        values.reduce(text) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
    }
}
