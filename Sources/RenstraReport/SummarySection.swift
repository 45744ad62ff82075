import RenstraCheck
import RenstraModel

/// The summary: programs, kegiatan and findings by severity (the total carries the id the
/// browser test reads), then the pagu of the programs per year beside the stated grand total.
struct SummarySection {
    let summary: PlanSummary
    let document: RenstraDocument
    let findings: [Finding]
    let language: Language
    let html: HTMLOutput

    func write() {
        html.markup("<table class=\"counts\"><tbody>\n")
        count(ReportPhrases.programs.text(language), id: "programs", summary.programs.count)
        count(ReportPhrases.kegiatan.text(language), id: "kegiatan", summary.kegiatanCount)
        count(ReportPhrases.findings.text(language), id: "findings", findings.count)
        for severity in Severity.allCases.reversed() {
            rowLabel(severity.plural.capitalized.text(language))
            html.markup("<td class=\"num\" id=\"count-")
            html.text(severity.rawValue)
            html.markup("\"><span class=\"badge sev-")
            html.text(severity.rawValue)
            html.markup("\">")
            html.number(findings.count(severity))
            html.markup("</span></td></tr>\n")
        }
        html.markup("</tbody></table>\n")
        money()
    }

    private func money() {
        guard !document.years.isEmpty else { return }
        html.markup("<table class=\"money\"><thead><tr><th></th>")
        for year in document.years {
            html.markup("<th>")
            html.number(year)
            html.markup("</th>")
        }
        html.markup("</tr></thead><tbody>\n")
        rowLabel(ReportPhrases.paguOfPrograms.text(language))
        for year in document.years {
            html.markup("<td class=\"num\">")
            if let sum = summary.paguByYear[year].flatMap({ $0 }) { rupiah(sum) } else { html.markup("—") }
            html.markup("</td>")
        }
        html.markup("</tr>\n")
        if let total = document.total {
            rowLabel(ReportPhrases.statedTotal.text(language))
            for year in document.years {
                html.markup("<td class=\"num\">")
                if let pagu = total.pagu[year]?.value { rupiah(pagu) } else { html.text(total.pagu[year]?.text ?? "") }
                html.markup("</td>")
            }
            html.markup("</tr>\n")
        }
        html.markup("</tbody></table>\n")
    }

    private func rupiah(_ value: Rupiah) { html.value(.money(value), language) }

    /// `<tr><th>label</th>`: a row up to its figures.
    private func rowLabel(_ label: String) {
        html.markup("<tr><th>")
        html.text(label)
        html.markup("</th>")
    }

    /// A row of one count, its cell carrying the id `count-…`.
    private func count(_ label: String, id: StaticString, _ count: Int) {
        rowLabel(label)
        html.markup("<td class=\"num\" id=\"count-")
        html.markup(id)
        html.markup("\">")
        html.number(count)
        html.markup("</td></tr>\n")
    }
}
