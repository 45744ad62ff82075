import ArgumentParser
import RenstraMapping

/// `renstra mappings`: lists the shipped mappings.
struct MappingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mappings",
        abstract: "List the shipped mappings: the table layouts renstra reads without a mapping file."
    )

    func run() throws {
        for mapping in try ShippedMappings.all() {
            print("\(mapping.name)\t\(mapping.title)")
        }
    }
}
