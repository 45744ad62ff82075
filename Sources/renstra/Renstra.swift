import ArgumentParser

/// The `renstra` command: imports, checks and cleans Renstra matrices from XLSX and CSV.
@main
struct Renstra: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "renstra",
        abstract: "Import, check and clean Renstra matrices from XLSX and CSV workbooks.",
        subcommands: [CellsCommand.self]
    )
}

/// Exit codes shared by every subcommand.
enum ExitStatus {
    /// The input or mapping could not be read.
    static let unreadableInput = ExitCode(2)
}
