import Foundation
import Testing
@testable import RenstraCheck

/// The catalogue is complete, its two languages say the same things, and `docs/findings.md`
/// lists it as it is. After changing an entry, rewrite the page's catalogue section with
/// `RENSTRA_UPDATE_DOCS=1 swift test --filter CatalogueTests` and review the diff.
@Suite struct CatalogueTests {
    static let page = SampleFindings.root.appendingPathComponent("docs/findings.md")
    static let start = "<!-- catalogue: generated from the code by CatalogueTests; do not edit by hand -->"
    static let end = "<!-- end of catalogue -->"

    @Test func everyCodeHasExactlyOneEntry() {
        #expect(Catalogue.entries.map(\.code) == FindingCode.allCases.sorted())
    }

    @Test func theCodesScriptsRelyOnAreThere() {
        let promised = ["pagu-sum-mismatch", "row-total-mismatch", "target-total-mismatch", "duplicate-row", "duplicate-code",
                        "unreadable-number", "number-as-text", "number-outlier", "ordinal-gap", "code-mismatch", "missing-unit",
                        "missing-name", "money-unit-mismatch", "zero-pair"]
        #expect(promised.allSatisfy { FindingCode(rawValue: $0) != nil })
    }

    @Test func bothLanguagesUseTheSamePlaceholders() {
        for entry in Catalogue.entries {
            #expect(Template.placeholders(entry.template.id) == Template.placeholders(entry.template.en), "\(entry.code.rawValue)")
            #expect(Template.placeholders(entry.template.en).contains("subject") || entry.code == .duplicateRow
                        || entry.code == .moneyUnitMismatch, "\(entry.code.rawValue)")
        }
    }

    @Test func thePageListsTheCatalogueAsItIs() throws {
        let text = try String(contentsOf: Self.page, encoding: .utf8)
        guard let from = text.range(of: Self.start), let to = text.range(of: Self.end) else {
            Issue.record("docs/findings.md lacks the catalogue markers")
            return
        }
        let current = String(text[from.upperBound..<to.lowerBound])
        let expected = "\n" + Self.rendered() + "\n"
        if ProcessInfo.processInfo.environment["RENSTRA_UPDATE_DOCS"] == "1" {
            try (String(text[..<from.upperBound]) + expected + String(text[to.lowerBound...])).write(to: Self.page, atomically: true, encoding: .utf8)
            return
        }
        #expect(current == expected, "docs/findings.md differs from the catalogue; rerun with RENSTRA_UPDATE_DOCS=1")
    }

    /// The catalogue as the page shows it: a summary table, then each code with its severity,
    /// titles, descriptions and both message templates.
    static func rendered() -> String {
        var lines = ["| code | severity | title |", "|---|---|---|"]
        for entry in Catalogue.entries {
            lines.append("| [`\(entry.code.rawValue)`](#\(entry.code.rawValue)) | \(entry.severity.rawValue) | \(entry.title.en) |")
        }
        for entry in Catalogue.entries {
            lines += ["", "### `\(entry.code.rawValue)`", "",
                      "**\(entry.severity.rawValue)** · \(entry.title.en) · *\(entry.title.id)*", "",
                      entry.description.en, "", "> " + entry.description.id, "",
                      "| | message template |", "|---|---|",
                      "| en | `\(entry.template.en)` |", "| id | `\(entry.template.id)` |"]
        }
        return lines.joined(separator: "\n")
    }
}
