import RenstraCheck
import RenstraModel

/// The findings as a list, in report order: each with its severity, code, A1 address (linked to
/// the matrix cell, or to its row when the cell is not shown), message, note and other cells.
struct FindingsList {
    let flags: FlagIndex
    let shown: MatrixTable.Rendered
    let language: Language

    func render() -> String {
        guard !flags.entries.isEmpty else {
            return "<p class=\"none\">\(HTMLText.escape(ReportPhrases.noFindings.text(language)))</p>\n"
        }
        return "<ol id=\"findings\" class=\"findings\">\n" + flags.entries.map(item).joined() + "</ol>\n"
    }

    private func item(_ entry: FlagIndex.Entry) -> String {
        let finding = entry.finding
        let location = finding.location
        let cell = location.at
        let address = HTMLText.escape("\(location.sheet)!\(location.cell)")
        let link: String
        if shown.cells.contains(cell) {
            link = "<a class=\"a1\" href=\"#\(HTMLText.escape(FlagIndex.anchor(of: cell)))\">\(address)</a>"
        } else if shown.rows.contains(location.row) {
            link = "<a class=\"a1\" href=\"#\(FlagIndex.anchor(ofRow: location.row))\">\(address)</a>"
        } else {
            link = "<span class=\"a1\">\(address)</span> <span class=\"hint\">"
                + HTMLText.escape(ReportPhrases.notInTable.text(language)) + "</span>"
        }
        var parts = [
            "<span class=\"badge sev-\(finding.severity.rawValue)\">\(HTMLText.escape(finding.severity.label.text(language)))</span>",
            link,
            "<code>\(HTMLText.escape(finding.code.rawValue))</code>",
            "<span class=\"title\">\(HTMLText.escape(finding.code.entry.title.text(language)))</span>",
            "<p class=\"message\">\(HTMLText.escape(finding.message(language)))</p>",
        ]
        if let expected = finding.expected {
            parts.append(value(ReportPhrases.expected, expected))
        }
        if let actual = finding.actual {
            parts.append(value(ReportPhrases.actual, actual))
        }
        if let note = finding.note(language) { parts.append("<p class=\"note\">\(HTMLText.escape(note))</p>") }
        if !finding.related.isEmpty {
            let cells = finding.related.map { related in
                shown.cells.contains(related)
                    ? "<a href=\"#\(HTMLText.escape(FlagIndex.anchor(of: related)))\">\(HTMLText.escape(related.cell))</a>"
                    : HTMLText.escape(related.cell)
            }.joined(separator: ", ")
            parts.append("<p class=\"related\">\(HTMLText.escape(ReportPhrases.see.text(language))) \(cells)</p>")
        }
        return "<li id=\"\(entry.anchor)\" class=\"finding sev-\(finding.severity.rawValue)\" data-cell=\"\(HTMLText.escape(location.cell))\""
            + " data-code=\"\(HTMLText.escape(finding.code.rawValue))\">" + parts.joined(separator: " ") + "</li>\n"
    }

    private func value(_ label: Localized, _ value: FindingValue) -> String {
        "<span class=\"value\">\(HTMLText.escape(label.text(language))): <b>\(HTMLText.escape(value.display(language)))</b></span>"
    }
}
