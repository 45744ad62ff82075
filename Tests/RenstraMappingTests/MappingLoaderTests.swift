import Testing
@testable import RenstraMapping

/// A bad mapping gets its line, its column and what was expected.
@Suite struct MappingLoaderTests {
    private func error(_ yaml: String) -> MappingError? {
        do {
            _ = try MappingLoader.load(yaml: yaml, source: "bad.yaml")
            return nil
        } catch let error as MappingError {
            return error
        } catch {
            return nil
        }
    }

    @Test func aNewerVersionIsRefusedWithAClearMessage() {
        let error = error("version: 2\nname: x\n")
        #expect(error?.problem == .newerVersion(found: 2, supported: 1))
        #expect(error?.line == 1)
        #expect(error?.description == "bad.yaml, line 1, column 10: this mapping is format version 2, but this renstra reads versions up to 1; update renstra")
    }

    @Test func anUnknownKeyIsPointedAt() {
        let yaml = Fixtures.codedYAML.replacingOccurrences(of: "  column_numbers: true", with: "  column_number: true")
        let error = error(yaml)
        #expect(error?.line == 7)
        #expect(error?.column == 3)
        guard case .unknownKey("column_number", _)? = error?.problem else { Issue.record("\(String(describing: error))"); return }
    }

    @Test func aWrongValueSaysWhatWasExpected() {
        let yaml = Fixtures.codedYAML + "\nmoney:\n  unit: rb\n"
        let error = error(yaml)
        #expect(error?.problem == .expected("one of detect, juta, ribu, rupiah, stated", found: "\"rb\""))
        #expect(error?.line == Fixtures.codedYAML.split(separator: "\n").count + 2)
    }

    /// A pinned column lies within a sheet: XFD is its last.
    @Test(arguments: ["XFE", "ZZZ", "F1", "ABCD"])
    func aColumnLetterBeyondTheSheetIsRefused(letter: String) {
        let yaml = Fixtures.codedYAML.replacingOccurrences(of: "{field: satuan, header: [[Satuan, SAT]]}",
                                                           with: "{field: satuan, letter: \(letter)}")
        #expect(error(yaml)?.problem == .expected("a column letter from A to XFD, such as F or AB", found: "\"\(letter)\""))
        #expect(error(yaml.replacingOccurrences(of: "letter: \(letter)", with: "letter: xfd")) == nil)
    }

    @Test func anUnknownFieldIsNamed() {
        let yaml = Fixtures.codedYAML.replacingOccurrences(of: "field: satuan", with: "field: unit")
        #expect(error(yaml)?.problem == .unknownField("unit"))
    }

    @Test func aMissingKeyIsNamed() {
        #expect(error("version: 1\nname: x\ntitle: y\n")?.problem == .missingKey("header"))
    }

    @Test func invalidYAMLIsReported() {
        guard case .invalidYAML? = error("version: [1\n")?.problem else { Issue.record("not refused"); return }
    }

    @Test func theShippedMappingsLoad() throws {
        let names = try ShippedMappings.all().map(\.name)
        #expect(names == ["renstra-2015-2019-kode", "renstra-2020-2024-tujuan-sasaran", "renstra-tc27-86-2017"])
    }
}
