import ArgumentParser
import Foundation
import RenstraCheck
import RenstraMapping
import RenstraOutput
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
            docs/findings.md. Exit status: 0 when nothing at or above the --fail-on level was found, \
            1 when something was, 2 when the file or the mapping could not be read.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    enum LanguageChoice: String, ExpressibleByArgument, CaseIterable { case id, en }

    enum FailLevel: String, ExpressibleByArgument, CaseIterable { case error, warning }

    @Argument(help: "The workbook or CSV file.")
    var file: String

    @Option(name: .long, help: "A shipped mapping's name (see `renstra mappings`) or a mapping file's path.")
    var mapping: String?

    @Option(name: .long, help: "text (grouped by program, for a planner) or json (findings and a summary, for a script).")
    var format: Format = .text

    @Option(name: .customLong("lang"), help: "id or en (default: id when LC_ALL or LANG starts with id, else en).")
    var language: LanguageChoice?

    @Option(name: .customLong("fail-on"), help: "The lowest severity that makes the check fail: error or warning.")
    var failOn: FailLevel = .error

    func run() throws {
        let result = try ImportCommand.importing(file, mapping: mapping)
        let report = CheckReport(document: result.document, findings: Reconciler.findings(for: result.document),
                                 failOn: failOn == .error ? .error : .warning,
                                 language: language.flatMap { Language(rawValue: $0.rawValue) } ?? .fromEnvironment)
        switch format {
        case .text: FileHandle.standardOutput.write(Data(report.text().utf8))
        case .json: FileHandle.standardOutput.write(try report.json())
        }
        if report.failed { throw ExitCode(1) }
    }
}

extension Language {
    /// The language the environment asks for.
    static var fromEnvironment: Language { Language.from(environment: ProcessInfo.processInfo.environment) }
}
