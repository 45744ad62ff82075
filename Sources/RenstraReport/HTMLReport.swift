import RenstraCheck
import RenstraModel

/// The check of one Renstra matrix as a single self-contained HTML page: the document's header,
/// a summary, a chart of pagu per year per program, the matrix with every flagged cell coloured,
/// and the findings list linked to the cells. No network, no external assets; every text from
/// the workbook is escaped; the same input always gives the same bytes.
public struct HTMLReport: Sendable {
    public let document: RenstraDocument
    public let findings: [Finding]
    /// The lowest severity that fails the check.
    public let failOn: Severity
    public let language: Language

    public init(document: RenstraDocument, findings: [Finding], failOn: Severity, language: Language) {
        self.document = document
        self.findings = findings
        self.failOn = failOn
        self.language = language
    }

    /// Whether a finding at or above the fail level was found.
    public var failed: Bool { findings.fail(at: failOn) }

    /// The page.
    public func html() -> String {
        let flags = FlagIndex(findings)
        let summary = PlanSummary(document)
        let matrix = MatrixTable(document: document, flags: flags, language: language).render()
        let title = ReportPhrases.pageTitle.text(language) + " — " + (document.opd ?? document.file)
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="renstra">
            <title>\(HTMLText.escape(title))</title>
            <style>
            \(ReportAssets.style)
            </style>
            </head>
            <body>
            \(header())
            <h2>\(phrase(ReportPhrases.summary))</h2>
            \(SummarySection(summary: summary, document: document, findings: findings, language: language).render())
            <h2>\(phrase(ReportPhrases.chart))</h2>
            \(PaguChart(programs: summary.programs, years: document.years, language: language).render())
            <h2>\(phrase(ReportPhrases.matrix))</h2>
            <p class="hint">\(phrase(ReportPhrases.matrixHint))</p>
            \(matrix.html)
            <h2>\(phrase(ReportPhrases.findingsList))</h2>
            \(FindingsList(flags: flags, shown: matrix, language: language).render())
            <aside id="detail" hidden><button type="button" id="detail-close">\(phrase(ReportPhrases.closeDetail))</button><ol></ol></aside>
            <script>
            \(ReportAssets.script)
            </script>
            </body>
            </html>

            """
    }

    private func header() -> String {
        let period = document.years.first.map { first in "\(first)–\(document.years.last ?? first)" }
        let rows: [(Localized, String)] = [
            (ReportPhrases.opd, document.opd ?? ReportPhrases.unknown.text(language)),
            (ReportPhrases.period, period ?? ReportPhrases.unknown.text(language)),
            (ReportPhrases.source, "\(document.file), \(ReportPhrases.sheet.text(language)) \(document.sheet), "
                + "\(ReportPhrases.mapping.text(language)) \(document.mapping)"),
        ]
        let list = rows.map { "<dt>\(phrase($0.0))</dt><dd>\(HTMLText.escape($0.1))</dd>" }.joined()
        let word = VerdictWords.verdict(failed: failed, language)
        let level = VerdictWords.failing(at: failOn, language)
        return "<h1>\(HTMLText.escape(document.title ?? ReportPhrases.pageTitle.text(language)))</h1>\n"
            + "<dl class=\"meta\">\(list)</dl>\n"
            + "<p class=\"verdict \(failed ? "fail" : "pass")\" id=\"verdict\">\(HTMLText.escape(word)) (\(HTMLText.escape(level)))</p>"
    }

    private func phrase(_ text: Localized) -> String { HTMLText.escape(text.text(language)) }
}
