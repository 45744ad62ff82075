import Foundation
import Testing
@testable import RenstraMapping
import RenstraCheck
import RenstraModel
import RenstraOutput

/// The cleaned JSON of every sample, findings included (in English), byte for byte, against
/// reviewed files in `Golden/`.
/// After a deliberate change, regenerate with `RENSTRA_UPDATE_GOLDEN=1 swift test --filter
/// GoldenJSONTests` and review the diff before committing it. A JSON that differs is attached
/// to the failing test; `swift test --attachments-path DIR` saves it in DIR.
@Suite struct GoldenJSONTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    @Test(arguments: ["tabel-5.1.xlsx", "tabel-5.1.csv", "tabel-5.1-as-printed.xlsx", "tabel-6.1.xlsx", "tabel-6.1.csv"])
    func theCleanedJSONIsTheReviewedOne(sample: String) throws {
        let json = try Self.json(SampleImportTests.document(sample))
        let url = Self.golden.appendingPathComponent(sample + ".json")
        if ProcessInfo.processInfo.environment["RENSTRA_UPDATE_GOLDEN"] == "1" {
            try json.write(to: url)
            return
        }
        let expected = try Data(contentsOf: url)
        if json != expected {
            Attachment.record(json, named: sample + ".json")
            Issue.record("\(sample): the JSON differs from Golden/\(sample).json; compare with the attached \(sample).json")
        }
    }

    @Test func theOutputIsDeterministic() throws {
        let first = try Self.json(SampleImportTests.document("tabel-6.1.xlsx"))
        let second = try Self.json(SampleImportTests.document("tabel-6.1.xlsx"))
        #expect(first == second)
    }

    /// The JSON `renstra import --lang en` writes for a document.
    static func json(_ document: RenstraDocument) throws -> Data {
        try DocumentJSON.encode(document, findings: Reconciler.findings(for: document), language: .en)
    }
}
