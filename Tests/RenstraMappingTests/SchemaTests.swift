import Foundation
import Testing
import Yams

/// The documented schemas describe what the tool really writes and reads.
@Suite struct SchemaTests {
    static let docs = SampleImportTests.root.appendingPathComponent("docs")

    static func schema(_ name: String) throws -> SchemaValidator {
        let data = try Data(contentsOf: docs.appendingPathComponent(name))
        return SchemaValidator(root: try JSONSerialization.jsonObject(with: data) as! [String: Any])
    }

    @Test(arguments: ["tabel-5.1.xlsx", "tabel-5.1-as-printed.xlsx", "tabel-6.1.csv"])
    func theCleanedJSONFitsItsSchema(sample: String) throws {
        let data = try Data(contentsOf: GoldenJSONTests.golden.appendingPathComponent(sample + ".json"))
        let json = try JSONSerialization.jsonObject(with: data)
        #expect(try Self.schema("renstra-document.schema.json").violations(json) == [])
    }

    @Test func theValidatorCatchesAnUndocumentedKey() throws {
        let data = try Data(contentsOf: GoldenJSONTests.golden.appendingPathComponent("tabel-6.1.csv.json"))
        var json = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        json["surprise"] = 1
        json["years"] = ["2020"]
        let problems = try Self.schema("renstra-document.schema.json").violations(json)
        #expect(problems.contains("$: unexpected key surprise"))
        #expect(problems.contains { $0.hasPrefix("$.years[0]: is not") })
    }

    @Test func theShippedMappingsFitTheMappingSchema() throws {
        let directory = SampleImportTests.root.appendingPathComponent("mappings")
        for file in try FileManager.default.contentsOfDirectory(atPath: directory.path) where file.hasSuffix(".yaml") {
            let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            let value = try #require(try Yams.load(yaml: text))
            let json = try JSONSerialization.jsonObject(with: JSONSerialization.data(withJSONObject: value))
            #expect(try Self.schema("mapping.schema.json").violations(json) == [], "\(file)")
        }
    }
}
