import ArgumentParser
import Foundation
import RenstraCheck
import RenstraMapping
import RenstraOutput
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
            Exit status: 0 when the file was imported, 2 when the file or the mapping could not be read.
            """
    )

    @Argument(help: "The workbook or CSV file.")
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

    func run() throws {
        let result = try Self.importing(file, mapping: mapping)
        let findings = Reconciler.findings(for: result.document)
        var document = result.document
        var corrections: [Correction]?
        if fix { (document, corrections) = Corrector.apply(findings, to: document) }
        let json = try DocumentJSON.encode(document, findings: findings,
                                           language: language.flatMap { Language(rawValue: $0.rawValue) } ?? .fromEnvironment,
                                           corrections: corrections)
        if let output {
            try json.write(to: URL(fileURLWithPath: output))
        } else {
            FileHandle.standardOutput.write(json)
        }
        if let flat { try FlatCSV.encode(document).write(to: URL(fileURLWithPath: flat)) }
    }

    /// Imports `file`, with the named or given mapping or the best-fitting shipped one, saying
    /// on stderr which was chosen. Unreadable input becomes a `Failure` (exit status 2).
    static func importing(_ file: String, mapping: String?) throws -> Importer.Result {
        do {
            let chosen = try mapping.map(MappingChoice.load)
            let result = try Importer.importFile(file, mapping: chosen)
            if let choice = result.choice { FileHandle.standardError.write(Data("renstra: \(choice)\n".utf8)) }
            return result
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

/// Prints a message on stderr and exits with 2.
enum Failure: Error, CustomStringConvertible {
    case unreadable(String)

    var description: String {
        switch self {
        case .unreadable(let message): return message
        }
    }
}
