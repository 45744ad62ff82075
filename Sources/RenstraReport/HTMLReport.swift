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

    /// The page as one text.
    public func html() -> String {
        var bytes: [UInt8] = []
        try? write { bytes.append(contentsOf: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes the page to `sink`, in chunks of 64 KiB; throws the sink's error if it failed.
    public func write(to sink: @escaping (UnsafeRawBufferPointer) throws -> Void) throws {
        let html = HTMLOutput(sink: sink)
        page(html)
        try html.finish()
    }

    private func page(_ html: HTMLOutput) {
        let flags = FlagIndex(findings)
        let summary = PlanSummary(document)
        html.markup("<!DOCTYPE html>\n<html lang=\"")
        html.text(language.rawValue)
        html.markup("\">\n<head>\n<meta charset=\"utf-8\">\n")
        html.markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        html.markup("<meta name=\"generator\" content=\"renstra\">\n<title>")
        html.text(ReportPhrases.pageTitle.text(language) + " — " + (document.opd ?? document.file))
        html.markup("</title>\n<style>\n")
        html.markup(ReportAssets.style)
        html.markup("\n</style>\n</head>\n<body>\n")
        header(html)
        heading(ReportPhrases.summary, html)
        SummarySection(summary: summary, document: document, findings: findings, language: language, html: html).write()
        html.markup("\n")
        heading(ReportPhrases.chart, html)
        PaguChart(programs: summary.programs, years: document.years, language: language, html: html).write()
        html.markup("\n")
        heading(ReportPhrases.matrix, html)
        html.markup("<p class=\"hint\">")
        html.text(ReportPhrases.matrixHint.text(language))
        html.markup("</p>\n")
        let shown = MatrixTable(document: document, flags: flags, language: language, html: html).write()
        html.markup("\n")
        heading(ReportPhrases.findingsList, html)
        FindingsList(flags: flags, shown: shown, language: language, html: html).write()
        html.markup("\n<aside id=\"detail\" hidden><button type=\"button\" id=\"detail-close\">")
        html.text(ReportPhrases.closeDetail.text(language))
        html.markup("</button><ol></ol></aside>\n<script>\n")
        html.markup(ReportAssets.script)
        html.markup("\n</script>\n</body>\n</html>\n")
    }

    /// The title, the document's details and the verdict.
    private func header(_ html: HTMLOutput) {
        let period = document.years.first.map { first in "\(first)–\(document.years.last ?? first)" }
        let rows: [(Localized, String)] = [
            (ReportPhrases.opd, document.opd ?? ReportPhrases.unknown.text(language)),
            (ReportPhrases.period, period ?? ReportPhrases.unknown.text(language)),
            (ReportPhrases.source, "\(document.file), \(ReportPhrases.sheet.text(language)) \(document.sheet), "
                + "\(ReportPhrases.mapping.text(language)) \(document.mapping)"),
        ]
        html.markup("<h1>")
        html.text(document.title ?? ReportPhrases.pageTitle.text(language))
        html.markup("</h1>\n<dl class=\"meta\">")
        for (label, value) in rows {
            html.markup("<dt>")
            html.text(label.text(language))
            html.markup("</dt><dd>")
            html.text(value)
            html.markup("</dd>")
        }
        html.markup("</dl>\n<p class=\"verdict ")
        html.markup(failed ? "fail" : "pass")
        html.markup("\" id=\"verdict\">")
        html.text(VerdictWords.verdict(failed: failed, language))
        html.markup(" (")
        html.text(VerdictWords.failing(at: failOn, language))
        html.markup(")</p>\n")
    }

    /// `<h2>…</h2>` and its line break.
    private func heading(_ text: Localized, _ html: HTMLOutput) {
        html.markup("<h2>")
        html.text(text.text(language))
        html.markup("</h2>\n")
    }
}
