import Foundation
@testable import RenstraCheck
import RenstraMapping
import RenstraModel

/// The bundled samples, imported with their shipped mappings, and what the reconciler finds in them.
enum SampleFindings {
    struct Sample: Sendable {
        let file: String
        let mapping: String
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let tabel51 = "renstra-2015-2019-kode", tabel61 = "renstra-2020-2024-tujuan-sasaran"

    static let samples = [
        Sample(file: "tabel-5.1.xlsx", mapping: tabel51), Sample(file: "tabel-5.1.csv", mapping: tabel51),
        Sample(file: "tabel-5.1-as-printed.xlsx", mapping: tabel51),
        Sample(file: "tabel-6.1.xlsx", mapping: tabel61), Sample(file: "tabel-6.1.csv", mapping: tabel61),
    ]

    static func mapping(for file: String) throws -> Mapping {
        let name = samples.first { $0.file == file }?.mapping ?? (file.hasPrefix("tabel-6.1") ? tabel61 : tabel51)
        guard let mapping = try ShippedMappings.named(name) else { throw CocoaError(.fileNoSuchFile) }
        return mapping
    }

    static func document(_ file: String) throws -> RenstraDocument {
        try Importer.importFile(root.appendingPathComponent("samples/\(file)").path, displayName: "samples/\(file)",
                                mapping: mapping(for: file)).document
    }

    static func findings(_ file: String) throws -> [Finding] { Reconciler.findings(for: try document(file)) }
}
