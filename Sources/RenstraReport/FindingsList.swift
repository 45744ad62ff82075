import RenstraCheck
import RenstraModel

/// The findings as a list, in report order: each with its severity, code, A1 address (linked to
/// the matrix cell, or to its row when the cell is not shown), message, note and other cells.
struct FindingsList {
    let flags: FlagIndex
    let shown: MatrixTable.Shown
    let language: Language
    let html: HTMLOutput

    func write() {
        guard !flags.entries.isEmpty else {
            html.markup("<p class=\"none\">")
            html.text(ReportPhrases.noFindings.text(language))
            html.markup("</p>\n")
            return
        }
        html.markup("<ol id=\"findings\" class=\"findings\">\n")
        for entry in flags.entries { item(entry) }
        html.markup("</ol>\n")
    }

    private func item(_ entry: FlagIndex.Entry) {
        let finding = entry.finding
        let location = finding.location
        html.markup("<li id=\"")
        html.text(entry.anchor)
        html.markup("\" class=\"finding sev-")
        html.text(finding.severity.rawValue)
        html.markup("\" data-cell=\"")
        html.cell(location.at)
        html.markup("\" data-code=\"")
        html.text(finding.code.rawValue)
        html.markup("\"><span class=\"badge sev-")
        html.text(finding.severity.rawValue)
        html.markup("\">")
        html.text(finding.severity.label.text(language))
        html.markup("</span> ")
        link(location)
        html.markup(" <code>")
        html.text(finding.code.rawValue)
        html.markup("</code> <span class=\"title\">")
        html.text(finding.code.entry.title.text(language))
        html.markup("</span> <p class=\"message\">")
        html.text(finding.message(language))
        html.markup("</p>")
        if let expected = finding.expected { value(ReportPhrases.expected, expected) }
        if let actual = finding.actual { value(ReportPhrases.actual, actual) }
        if let note = finding.note(language) {
            html.markup(" <p class=\"note\">")
            html.text(note)
            html.markup("</p>")
        }
        if !finding.related.isEmpty { related(finding.related) }
        html.markup("</li>\n")
    }

    /// The finding's `Sheet!A1` address, linked to its cell or its row when the matrix shows them.
    private func link(_ location: FindingLocation) {
        let cell = location.at
        if shown.cells.contains(cell) {
            html.markup("<a class=\"a1\" href=\"#")
            html.anchor(of: cell)
            html.markup("\">")
            address(cell)
            html.markup("</a>")
        } else if shown.rows.contains(location.row) {
            html.markup("<a class=\"a1\" href=\"#")
            html.anchor(ofRow: location.row)
            html.markup("\">")
            address(cell)
            html.markup("</a>")
        } else {
            html.markup("<span class=\"a1\">")
            address(cell)
            html.markup("</span> <span class=\"hint\">")
            html.text(ReportPhrases.notInTable.text(language))
            html.markup("</span>")
        }
    }

    /// `Sheet!A1`.
    private func address(_ cell: CellLocation) {
        html.text(cell.sheet)
        html.markup("!")
        html.cell(cell)
    }

    private func value(_ label: Localized, _ value: FindingValue) {
        html.markup(" <span class=\"value\">")
        html.text(label.text(language))
        html.markup(": <b>")
        html.value(value, language)
        html.markup("</b></span>")
    }

    /// The other cells the finding names, each linked when the matrix shows it.
    private func related(_ cells: [CellLocation]) {
        html.markup(" <p class=\"related\">")
        html.text(ReportPhrases.see.text(language))
        html.markup(" ")
        for (index, cell) in cells.enumerated() {
            if index > 0 { html.markup(", ") }
            if shown.cells.contains(cell) {
                html.markup("<a href=\"#")
                html.anchor(of: cell)
                html.markup("\">")
                html.cell(cell)
                html.markup("</a>")
            } else {
                html.cell(cell)
            }
        }
        html.markup("</p>")
    }
}
