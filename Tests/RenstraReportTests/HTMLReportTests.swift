import Foundation
import RenstraCheck
import RenstraMapping
import RenstraModel
import RenstraOutput
import RenstraReport
import Testing

/// The HTML report as a reviewer uses it: every finding of the JSON report is in the page with
/// its cell, a flagged cell is coloured, the workbook's text never becomes markup, and the page
/// loads nothing from anywhere.
@Suite struct HTMLReportTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("samples")

    /// The page and the JSON report of a sample, in `language`.
    static func sample(_ name: String, _ language: Language = .en) throws -> (html: String, json: [String: Any]) {
        let document = try Importer.importFile(samples.appendingPathComponent(name).path, mapping: nil).document
        let findings = Reconciler.findings(for: document)
        let html = HTMLReport(document: document, findings: findings, failOn: .error, language: language).html()
        let json = try CheckReport(document: document, findings: findings, failOn: .error, language: language).json()
        return (html, try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any]))
    }

    @Test(arguments: ["tabel-5.1.xlsx", "tabel-6.1.xlsx", "tabel-5.1-as-printed.xlsx", "tabel-5.1-tc27.csv"])
    func everyFindingOfTheJSONIsInThePageWithItsCell(_ name: String) throws {
        let (html, json) = try Self.sample(name)
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(!findings.isEmpty)
        #expect(html.contains("<td class=\"num\" id=\"count-findings\">\(findings.count)</td>"))
        for (index, finding) in findings.enumerated() {
            let cell = try #require((finding["location"] as? [String: Any])?["cell"] as? String)
            let code = try #require(finding["code"] as? String)
            #expect(html.contains("<li id=\"f-\(index + 1)\" class=\"finding sev-\(finding["severity"] as? String ?? "")\" "
                + "data-cell=\"\(cell)\" data-code=\"\(code)\">"), "\(name): \(code) at \(cell)")
        }
        #expect(!html.contains("<li id=\"f-\(findings.count + 1)\""))
    }

    @Test func aFlaggedCellCarriesItsHighlightItsAddressAndItsFinding() throws {
        let (html, json) = try Self.sample("tabel-6.1.xlsx")
        let findings = try #require(json["findings"] as? [[String: Any]])
        let index = try #require(findings.firstIndex { ($0["location"] as? [String: Any])?["cell"] as? String == "M60" })
        let cell = try #require(html.range(of: "<td class=\"num flagged sev-error\" id=\"c-M60\" data-cell=\"M60\""))
        let tag = try #require(html[cell.lowerBound...].range(of: "</td>").map { html[cell.lowerBound..<$0.upperBound] })
        #expect(tag.contains("data-findings=\"f-\(index + 1)\""))
        #expect(tag.contains("unreadable-number"))
        #expect(tag.contains("<span class=\"a1\">M60</span>"))
        #expect(html.contains("<a class=\"a1\" href=\"#c-M60\">Tabel 6.1!M60</a>"))
    }

    @Test func aFindingOutsideTheMatrixIsListedWithItsCell() throws {
        let (html, _) = try Self.sample("tabel-6.1.xlsx")
        #expect(html.contains("<span class=\"a1\">Tabel 6.1!N8</span> <span class=\"hint\">(this cell is not shown in the matrix)</span>"))
    }

    @Test func thePageLoadsNothingFromAnywhere() throws {
        for name in ["tabel-5.1.xlsx", "tabel-6.1.xlsx"] {
            let (html, _) = try Self.sample(name)
            #expect(!html.lowercased().contains("http"))
            #expect(!html.contains(" src="))
            #expect(!html.contains("<link"))
            #expect(html.components(separatedBy: "<script>").count == 2)
        }
    }

    @Test func theSameInputGivesTheSameBytes() throws {
        #expect(try Self.sample("tabel-5.1.xlsx").html == Self.sample("tabel-5.1.xlsx").html)
    }

    @Test func thePageSpeaksTheChosenLanguage() throws {
        let indonesian = try Self.sample("tabel-6.1.xlsx", .id).html
        #expect(indonesian.contains("<html lang=\"id\">"))
        #expect(indonesian.contains("GAGAL (gagal pada tingkat kesalahan ke atas)"))
        #expect(indonesian.contains("Pagu per tahun per program"))
        let english = try Self.sample("tabel-6.1.xlsx", .en).html
        #expect(english.contains("FAIL (failing at error and above)"))
    }

    @Test func theSummaryAddsUpThePrograms() throws {
        let (html, _) = try Self.sample("tabel-6.1.xlsx", .id)
        #expect(html.contains("<td class=\"num\" id=\"count-programs\">11</td>"))
        #expect(html.contains("<td class=\"num\" id=\"count-kegiatan\">65</td>"))
        #expect(html.contains("<td class=\"num\">8.000.000.000</td>"))
        #expect(html.components(separatedBy: "<rect ").count - 1 == 11 * 5)
    }

    @Test func hostileTextIsEscapedEverywhere() throws {
        let hostile = "<script>alert(\"x\")</script> & 'quotes'"
        let at = { (cell: String) in CellLocation(sheet: "S\"<img>", cell: cell) }
        let row = RowLocation(sheet: "S\"<img>", row: 5)
        var program = PlanNode(level: .program, row: row, kode: Text("1 01", at: at("A5")), kodeParts: ["1", "01"],
                               nama: Text(hostile, at: at("B5")))
        program.indikator = [Indikator(nama: Text(hostile, at: at("C5")), satuan: nil,
                                       targets: [2020: Target(state: .unreadable("x"), text: hostile, at: at("E5"))])]
        program.pagu = [2020: Pagu(state: .value(Rupiah(5)), text: "5", at: at("F5"))]
        let document = RenstraDocument(file: hostile, sheet: "S\"<img>", mapping: hostile, title: hostile, opd: hostile,
                                       years: [2020], moneyUnit: .rupiah,
                                       fieldColumns: FieldColumns([.program: [.satuan: 4]]), nodes: [program])
        let findings = Reconciler.findings(for: document)
        #expect(!findings.isEmpty)
        let html = HTMLReport(document: document, findings: findings, failOn: .error, language: .en).html()
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<img"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;"))
        #expect(html.components(separatedBy: "<script>").count == 2)
    }
}
