import ArgumentParser
import Foundation
import RenstraCheck
import RenstraMapping
import RenstraOutput
import RenstraReport
import Spreadsheet

/// `renstra check FILE`: reconciles a Renstra matrix and gates on what it finds.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a Renstra matrix the way a verifier would, and report every inconsistency at its cell.",
        discussion: """
            Reports pagu that do not add up, end-of-period figures that do not follow from the years, \
            unreadable and doubtful figures, repeated rows, broken numbering and codes, and missing \
            text, grouped by program, ending in a one-line verdict. Every code is listed in \
            docs/findings.md. --format html writes one self-contained page with the matrix and its \
            flagged cells. Given a folder, checks every .xlsx, .xlsm and .csv under it in parallel \
            and ends with one table (or, with --format jsonl, one JSON line per file). \
            Exit status: 0 when nothing at or above the --fail-on level was found, \
            1 when something was, 2 when a file or the mapping could not be read, 3 when the \
            -o file could not be written.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, html, jsonl }

    enum LanguageChoice: String, ExpressibleByArgument, CaseIterable { case id, en }

    enum FailLevel: String, ExpressibleByArgument, CaseIterable { case error, warning }

    @Argument(help: "The workbook or CSV file, or a folder of them.")
    var file: String

    @Option(name: .long, help: "A shipped mapping's name (see `renstra mappings`) or a mapping file's path.")
    var mapping: String?

    @Option(name: .long, help: "text (grouped by program, for a planner), json (findings and a summary, for a script), html (a page to look at), or jsonl (one line per file, for a folder).")
    var format: Format = .text

    @Option(name: [.customShort("o"), .long], help: "Write the report here instead of to stdout.")
    var output: String?

    @Flag(name: .long, help: "For a folder: no progress bar.")
    var quiet = false

    @Option(name: .customLong("lang"), help: "id or en (default: id when LC_ALL or LANG starts with id, else en).")
    var language: LanguageChoice?

    @Option(name: .customLong("fail-on"), help: "The lowest severity that makes the check fail: error or warning.")
    var failOn: FailLevel = .error

    func validate() throws {
        if FolderWalk.isFolder(file), format == .json || format == .html {
            throw ValidationError("a folder is reported as text or jsonl; --format \(format.rawValue) takes one file")
        }
    }

    func run() throws {
        if FolderWalk.isFolder(file) { return try checkFolder() }
        let result = try ImportCommand.importing(file, mapping: mapping)
        let findings = Reconciler.findings(for: result.document)
        let report = CheckReport(document: result.document, findings: findings, failOn: failLevel, language: chosenLanguage)
        switch format {
        case .text: try write(Data(report.text().utf8))
        case .json: try write(try report.json())
        case .html:
            let page = HTMLReport(document: result.document, findings: findings, failOn: failLevel, language: chosenLanguage)
            try page.write(to: OutputFile(output).write)
        case .jsonl:
            let outcome = FileOutcome(file: file, document: result.document, findings: findings,
                                      verdict: report.failed ? .fail : .pass)
            try write(try FolderReport(outcomes: [outcome], language: chosenLanguage).jsonLines())
        }
        Renstra.exitKeepingMemory(report.failed ? 1 : 0)
    }

    /// `check DIR`: every workbook under the folder, in parallel, then one table or JSON line per
    /// file. The exit status is the worst verdict's.
    private func checkFolder() throws {
        let chosen = try ImportCommand.loading(mapping)
        let candidates = chosen == nil ? try ImportCommand.shippedMappings() : nil
        let failLevel = self.failLevel
        let outcomes = FolderBatch(files: try FolderWalk.workbooks(in: file), quiet: quiet).run { entry in
            do {
                let result = try ImportCommand.reading(entry.path, mapping: chosen, candidates: candidates)
                let findings = Reconciler.findings(for: result.document)
                let failed = findings.fail(at: failLevel)
                return FileOutcome(file: entry.path, document: result.document, findings: findings,
                                   verdict: failed ? .fail : .pass)
            } catch {
                return FileOutcome(file: entry.path, unreadable: "\(error)")
            }
        }
        let summary = FolderReport(outcomes: outcomes, language: chosenLanguage)
        try write(format == .jsonl ? try summary.jsonLines() : Data(summary.table().utf8))
        if summary.exitStatus != 0 { throw ExitCode(summary.exitStatus) }
    }

    private var failLevel: Severity { failOn == .error ? .error : .warning }

    private var chosenLanguage: Language { language.flatMap { Language(rawValue: $0.rawValue) } ?? .fromEnvironment }

    /// Writes the report to `--output`, or to stdout.
    private func write(_ data: Data) throws {
        try OutputFile(output).write(data)
    }
}

extension Language {
    /// The language the environment asks for.
    static var fromEnvironment: Language { Language.from(environment: ProcessInfo.processInfo.environment) }
}
