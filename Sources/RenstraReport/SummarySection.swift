import RenstraCheck
import RenstraModel

/// The summary: programs, kegiatan and findings by severity (the total carries the id the
/// browser test reads), then the pagu of the programs per year beside the stated grand total.
struct SummarySection {
    let summary: PlanSummary
    let document: RenstraDocument
    let findings: [Finding]
    let language: Language

    func render() -> String {
        var counts = "<table class=\"counts\"><tbody>\n"
        counts += row(ReportPhrases.programs, "<td class=\"num\" id=\"count-programs\">\(summary.programs.count)</td>")
        counts += row(ReportPhrases.kegiatan, "<td class=\"num\" id=\"count-kegiatan\">\(summary.kegiatanCount)</td>")
        counts += row(ReportPhrases.findings, "<td class=\"num\" id=\"count-findings\">\(findings.count)</td>")
        for severity in Severity.allCases.reversed() {
            let count = findings.count(severity)
            counts += row(severity.plural.capitalized,
                          "<td class=\"num\" id=\"count-\(severity.rawValue)\"><span class=\"badge sev-\(severity.rawValue)\">\(count)</span></td>")
        }
        counts += "</tbody></table>\n"
        return counts + money()
    }

    private func money() -> String {
        guard !document.years.isEmpty else { return "" }
        var table = "<table class=\"money\"><thead><tr><th></th>"
            + document.years.map { "<th>\($0)</th>" }.joined() + "</tr></thead><tbody>\n"
        table += "<tr><th>\(HTMLText.escape(ReportPhrases.paguOfPrograms.text(language)))</th>"
            + document.years.map { year in
                "<td class=\"num\">\(summary.paguByYear[year].flatMap { $0 }.map { rupiah($0) } ?? "—")</td>"
            }.joined() + "</tr>\n"
        if let total = document.total {
            table += "<tr><th>\(HTMLText.escape(ReportPhrases.statedTotal.text(language)))</th>"
                + document.years.map { year in
                    "<td class=\"num\">\(total.pagu[year]?.value.map { rupiah($0) } ?? HTMLText.escape(total.pagu[year]?.text ?? ""))</td>"
                }.joined() + "</tr>\n"
        }
        return table + "</tbody></table>\n"
    }

    private func rupiah(_ value: Rupiah) -> String { HTMLText.escape(FindingValue.money(value).display(language)) }

    private func row(_ label: Localized, _ cell: String) -> String {
        "<tr><th>\(HTMLText.escape(label.text(language)))</th>\(cell)</tr>\n"
    }
}
