import ArgumentParser
import Foundation

/// The `renstra` command: imports, checks and cleans Renstra matrices from XLSX and CSV.
@main
struct Renstra: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "renstra",
        abstract: "Import, check and clean Renstra matrices from XLSX and CSV workbooks.",
        subcommands: [CellsCommand.self, ImportCommand.self, CheckCommand.self, MappingsCommand.self]
    )

    /// Runs the command; a `Failure` prints its message on stderr and exits with its status.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as Failure {
            FileHandle.standardError.write(Data("renstra: \(failure)\n".utf8))
            Foundation.exit(failure.status.rawValue)
        } catch {
            exit(withError: error)
        }
    }

    /// Ends the process with `status` at once, from inside a command that still holds its tree:
    /// freeing a large tree node by node, only to exit, held up the result by a tenth of a second
    /// at 100,000 kegiatan. Everything must be written by then (output goes out unbuffered).
    static func exitKeepingMemory(_ status: Int32) -> Never {
        Foundation.exit(status)
    }
}

/// Exit codes shared by every subcommand.
enum ExitStatus {
    /// The input or mapping could not be read.
    static let unreadableInput = ExitCode(2)
    /// An output file could not be created or written.
    static let unwritableOutput = ExitCode(3)
}
