import RenstraCheck
import RenstraModel

/// Writes one `<td>` of the matrix for a source cell: plain, or coloured by the worst finding
/// located there (with its A1 address and its findings in the tooltip), or marked as a cell
/// another finding refers to. Every cell read from the source carries an anchor (`c-M60`) the
/// findings list links to.
struct MatrixCell {
    let flags: FlagIndex
    let language: Language
    let html: HTMLOutput

    /// The `<td>` for `content` read from `location`, with the class `style` (if any) and
    /// spanning `rowspan` rows. `content` is spelled as a finding's value is.
    func write(_ content: FindingValue, at location: CellLocation?, style: StaticString? = nil, rowspan: Int = 1) {
        let located = location.map(flags.findings(at:)) ?? []
        let relating = located.isEmpty ? location.map(flags.findingsRelating(to:)) ?? [] : []
        let worst = located.map(\.finding.severity).max()
        html.markup("<td")
        if style != nil || worst != nil || !relating.isEmpty {
            html.markup(" class=\"")
            if let style { html.markup(style) }
            if style != nil, worst != nil || !relating.isEmpty { html.markup(" ") }
            if let worst {
                html.markup("flagged sev-")
                html.text(worst.rawValue)
            } else if !relating.isEmpty {
                html.markup("related")
            }
            html.markup("\"")
        }
        if rowspan > 1 {
            html.markup(" rowspan=\"")
            html.number(rowspan)
            html.markup("\"")
        }
        if let location {
            html.markup(" id=\"")
            html.anchor(of: location)
            html.markup("\" data-cell=\"")
            html.cell(location)
            html.markup("\"")
            if !located.isEmpty {
                html.markup(" tabindex=\"0\"")
                anchors(located)
                tooltip(location, located)
            } else if !relating.isEmpty {
                anchors(relating)
                cited(location, relating)
            }
        }
        html.markup(">")
        html.value(content, language)
        if let location, !located.isEmpty {
            html.markup("<span class=\"a1\">")
            html.cell(location)
            html.markup("</span>")
        }
        html.markup("</td>")
    }

    /// ` data-findings="f-1 f-2"`.
    private func anchors(_ entries: [FlagIndex.Entry]) {
        html.markup(" data-findings=\"")
        for (index, entry) in entries.enumerated() {
            if index > 0 { html.markup(" ") }
            html.text(entry.anchor)
        }
        html.markup("\"")
    }

    /// ` title="M60` and a line per finding located there: its severity, code and message.
    private func tooltip(_ location: CellLocation, _ entries: [FlagIndex.Entry]) {
        html.markup(" title=\"")
        html.cell(location)
        for entry in entries {
            html.markup("\n")
            html.text(entry.finding.severity.label.text(language))
            html.markup(" ")
            html.text(entry.finding.code.rawValue)
            html.markup(": ")
            html.text(entry.finding.message(language))
        }
        html.markup("\"")
    }

    /// ` title="M60: see N60, O60"`: the cells of the findings that refer to this one.
    private func cited(_ location: CellLocation, _ entries: [FlagIndex.Entry]) {
        html.markup(" title=\"")
        html.cell(location)
        html.markup(": ")
        html.text(ReportPhrases.see.text(language))
        html.markup(" ")
        for (index, entry) in entries.enumerated() {
            if index > 0 { html.markup(", ") }
            html.cell(entry.finding.location.at)
        }
        html.markup("\"")
    }
}
