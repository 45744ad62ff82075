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
    public var failed: Bool { findings.fail(at: failOn) }

    /// How many findings of a severity.
    public func count(_ severity: Severity) -> Int { findings.count(severity) }

    // MARK: text

    /// The report as a planner reads it, ending in a one-line verdict.
    public func text() -> String {
        var lines = [Phrases.heading.text(language, filling: ["file": document.file, "sheet": document.sheet,
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
        let word = VerdictWords.verdict(failed: failed, language)
        guard !findings.isEmpty else { return "\(word): " + Phrases.nothingFound.text(language) }
        let counts = Severity.allCases.reversed().map { severity in
            "\(count(severity)) " + severity.plural.text(language)
        }.joined(separator: ", ")
        return "\(word): \(counts) (" + VerdictWords.failing(at: failOn, language) + ")"
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
                    + Phrases.row.text(language, filling: ["row": String(program.row)]) + ")"
            } else {
                title = Phrases.outsidePrograms.text(language)
            }
            return Group(title: title, findings: findings, firstRow: findings.map(\.location.row).min() ?? 0)
        }.sorted { ($0.firstRow, $0.title) < ($1.firstRow, $1.title) }
    }

    private func describe(_ finding: Finding) -> [String] {
        let cell = Self.padded(finding.location.cell, to: 6)
        let padded = Self.padded(finding.severity.label.text(language), to: 10)
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

    /// `text` with spaces after it up to `width` characters, as Foundation's `padding(toLength:
    /// max(width, text.count), …)` gives it; without Foundation where the text is plain.
    private static func padded(_ text: String, to width: Int) -> String {
        let length = max(width, text.count)
        guard text.utf16.count <= length else { return text.padding(toLength: length, withPad: " ", startingAt: 0) }
        return text + String(repeating: " ", count: length - text.utf16.count)
    }

    // MARK: JSON

    /// The findings array and a summary.
    public func json() throws -> Data {
        JSONWriter.data(writeJSON(to:))
    }

    /// The JSON report; keys in sorted order by construction.
    private func writeJSON(to json: JSONWriter) {
        json.object {
            json.key("fail_on")
            json.string(failOn.rawValue)
            json.key("findings")
            json.array(findings) { FindingJSON.write($0, language, to: json) }
            json.key("format")
            json.string("renstra-check-report")
            json.key("language")
            json.string(language.rawValue)
            json.key("source")
            FindingJSON.source(file: document.file, sheet: document.sheet, mapping: document.mapping, json)
            json.key("summary")
            json.object {
                json.key("by_code")
                json.object {
                    let counts = Dictionary(grouping: findings, by: \.code.rawValue).mapValues(\.count)
                    for (code, count) in JSONWriter.sorted(counts) {
                        json.key(code)
                        json.number(count)
                    }
                }
                json.key("errors")
                json.number(count(.error))
                json.key("infos")
                json.number(count(.info))
                json.key("text")
                json.string(verdict())
                json.key("total")
                json.number(findings.count)
                json.key("verdict")
                json.string(failed ? "fail" : "pass")
                json.key("warnings")
                json.number(count(.warning))
            }
            json.key("version")
            json.number(Self.version)
        }
        json.lineBreak()
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
    static let nothingFound = Localized(id: "tidak ada temuan.", en: "no findings.")
}
