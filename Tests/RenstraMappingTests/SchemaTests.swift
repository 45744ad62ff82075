import Foundation
import Testing
import Yams
import RenstraCheck
import RenstraMapping
import RenstraOutput

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

    @Test(arguments: ["tabel-5.1.xlsx", "tabel-6.1.csv"])
    func theCheckReportFitsItsSchema(sample: String) throws {
        let document = try SampleImportTests.document(sample)
        for language in Language.allCases {
            let report = CheckReport(document: document, findings: Reconciler.findings(for: document), failOn: .warning, language: language)
            let json = try JSONSerialization.jsonObject(with: report.json())
            #expect(try Self.schema("check-report.schema.json").violations(json) == [])
        }
    }

    @Test func aFixedDocumentFitsItsSchema() throws {
        let document = try SampleImportTests.document("tabel-5.1-as-printed.xlsx")
        let findings = Reconciler.findings(for: document)
        let (fixed, corrections) = Corrector.apply(findings, to: document)
        #expect(corrections.count == 16)
        let data = try DocumentJSON.encode(fixed, findings: findings, language: .id, corrections: corrections)
        #expect(try Self.schema("renstra-document.schema.json").violations(JSONSerialization.jsonObject(with: data)) == [])
    }

    @Test func bothSchemasDescribeFindingsAlikeWithEveryCode() throws {
        let document = try Self.schema("renstra-document.schema.json").root["$defs"] as! [String: Any]
        let report = try Self.schema("check-report.schema.json").root["$defs"] as! [String: Any]
        func canonical(_ value: Any?) throws -> Data { try JSONSerialization.data(withJSONObject: value ?? [:], options: .sortedKeys) }
        for name in ["finding", "findingCode", "findingLocation", "findingCell", "findingValue", "findingSubject"] {
            #expect(try canonical(document[name]) == canonical(report[name]), "\(name)")
        }
        let codes = (report["findingCode"] as! [String: Any])["enum"] as! [String]
        #expect(codes == FindingCode.allCases.map(\.rawValue).sorted())
    }
}
