import ArgumentParser
import Foundation
import RenstraCheck
import RenstraMapping
import RenstraOutput
import RenstraReport
import Spreadsheet

/// `renstra import FILE`: reads a Renstra matrix into the cleaned JSON, with its findings.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read a Renstra matrix from an .xlsx, .xlsm or .csv file and write the cleaned JSON.",
        discussion: """
            Without --mapping, the shipped mapping whose header fits the file best is used, and \
            its name is printed on stderr. The JSON holds the reconciler's findings (see \
            `renstra check`); --fix also applies the unambiguous corrections and records each. \
            Exit status: 0 when the file was imported, 2 when the file or the mapping could not be read, \
            3 when an output file could not be written.
            """
    )

    @Argument(help: "The workbook or CSV file, or a folder of them (with -o OUTDIR).")
    var file: String

    @Option(name: .long, help: "A shipped mapping's name (see `renstra mappings`) or a mapping file's path.")
    var mapping: String?

    @Option(name: [.customShort("o"), .long], help: "Write the cleaned JSON here instead of to stdout.")
    var output: String?

    @Option(name: .long, help: "Also write the flat export (one line per node and year, CSV) here.")
    var flat: String?

    @Option(name: .customLong("lang"), help: "The findings' language, id or en (default: from LC_ALL or LANG).")
    var language: CheckCommand.LanguageChoice?

    @Flag(name: .long, help: "Apply the unambiguous corrections: drop repeated rows, recompute an end-of-period Rp from its years. Yearly figures are never changed.")
    var fix = false

    @Option(name: .long, help: "Also write the check as a self-contained HTML page here (see `renstra check --format html`).")
    var report: String?

    @Flag(name: .long, help: "For a folder: no progress bar.")
    var quiet = false

    func validate() throws {
        guard FolderWalk.isFolder(file) else { return }
        guard output != nil else { throw ValidationError("a folder needs -o OUTDIR: one cleaned JSON per workbook is written there") }
        if flat != nil || report != nil { throw ValidationError("--flat and --report take one file, not a folder") }
    }

    func run() throws {
        if FolderWalk.isFolder(file) { return try importFolder() }
        let result = try Self.importing(file, mapping: mapping)
        let findings = Reconciler.findings(for: result.document)
        var document = result.document
        var corrections: [Correction]?
        if fix { (document, corrections) = Corrector.apply(findings, to: document) }
        let out = try OutputFile(output)
        try DocumentJSON.write(document, findings: findings, language: chosenLanguage, corrections: corrections, sink: out.write)
        if let flat {
            try FlatCSV.write(document, sink: OutputFile(flat).write)
        }
        if let report {
            let page = HTMLReport(document: result.document, findings: findings, failOn: .error, language: chosenLanguage)
            try page.write(to: OutputFile(report).write)
        }
        Renstra.exitKeepingMemory(0)
    }

    private var chosenLanguage: Language { language.flatMap { Language(rawValue: $0.rawValue) } ?? .fromEnvironment }

    /// `import DIR -o OUTDIR`: each workbook's cleaned JSON goes to `OUTDIR/<path below DIR>.json`,
    /// in parallel; the table of files ends the run, and exit status 2 says a file could not be read.
    private func importFolder() throws {
        let outputFolder = URL(fileURLWithPath: output ?? ".")
        let chosen = try Self.loading(mapping)
        let candidates = chosen == nil ? try Self.shippedMappings() : nil
        let (fix, language) = (self.fix, chosenLanguage)
        let outcomes = FolderBatch(files: try FolderWalk.workbooks(in: file), quiet: quiet).run { entry in
            do {
                let result = try Self.reading(entry.path, mapping: chosen, candidates: candidates)
                let findings = Reconciler.findings(for: result.document)
                var document = result.document
                var corrections: [Correction]?
                if fix { (document, corrections) = Corrector.apply(findings, to: document) }
                let target = outputFolder.appendingPathComponent(entry.relative + ".json")
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try DocumentJSON.write(document, findings: findings, language: language, corrections: corrections,
                                       sink: OutputFile(target.path).write)
                return FileOutcome(file: entry.path, document: result.document, findings: findings, verdict: .imported)
            } catch {
                return FileOutcome(file: entry.path, unreadable: "\(error)")
            }
        }
        let summary = FolderReport(outcomes: outcomes, language: language)
        FileHandle.standardOutput.write(Data(summary.table().utf8))
        if summary.exitStatus != 0 { throw ExitCode(summary.exitStatus) }
    }

    /// Imports `file`, with the named or given mapping or the best-fitting shipped one, saying
    /// on stderr which was chosen. Unreadable input becomes a `Failure` (exit status 2).
    static func importing(_ file: String, mapping: String?) throws -> Importer.Result {
        let result = try reading(file, mapping: try loading(mapping), candidates: nil)
        if let choice = result.choice { FileHandle.standardError.write(Data("renstra: \(choice)\n".utf8)) }
        return result
    }

    /// The mapping named or given on the command line, nil for none. A mapping that cannot be
    /// read becomes a `Failure`.
    static func loading(_ mapping: String?) throws -> Mapping? {
        try failingUnreadable { try mapping.map(MappingChoice.load) }
    }

    /// The shipped mappings, read once for a whole folder.
    static func shippedMappings() throws -> [Mapping] { try failingUnreadable { try ShippedMappings.all() } }

    /// Imports `file` with `mapping`, or with the best fit of `candidates` (default: the shipped
    /// mappings), saying nothing. Unreadable input becomes a `Failure`.
    static func reading(_ file: String, mapping: Mapping?, candidates: [Mapping]?) throws -> Importer.Result {
        try failingUnreadable { try Importer.importFile(file, mapping: mapping, candidates: candidates) }
    }

    /// Runs `body`, turning the reader's, the mapping's and the importer's errors into a `Failure`.
    private static func failingUnreadable<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ReadError {
            throw Failure.unreadable(error.description)
        } catch let error as MappingError {
            throw Failure.unreadable(error.description)
        } catch let error as ImportError {
            throw Failure.unreadable(error.description)
        }
    }
}

/// Finds a mapping by shipped name or by path.
enum MappingChoice {
    static func load(_ nameOrPath: String) throws -> Mapping {
        if FileManager.default.fileExists(atPath: nameOrPath) { return try MappingLoader.load(path: nameOrPath) }
        if let shipped = try ShippedMappings.named(nameOrPath) { return shipped }
        throw MappingError(file: nameOrPath, problem: .unknownMapping(nameOrPath, available: try ShippedMappings.all().map(\.name)))
    }
}

/// Prints a message on stderr and exits with its status: 2 for input that cannot be read, 3 for
/// an output file that cannot be written.
enum Failure: Error, CustomStringConvertible {
    case unreadable(String)
    case unwritable(path: String, reason: String)

    var description: String {
        switch self {
        case .unreadable(let message): return message
        case .unwritable(let path, let reason): return "\(path): cannot be written (\(reason))"
        }
    }

    var status: ExitCode {
        switch self {
        case .unreadable: return ExitStatus.unreadableInput
        case .unwritable: return ExitStatus.unwritableOutput
        }
    }
}
