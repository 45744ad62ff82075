import RenstraCheck
import RenstraModel

/// Renders one `<td>` of the matrix for a source cell: plain, or coloured by the worst finding
/// located there (with its A1 address and its findings in the tooltip), or marked as a cell
/// another finding refers to. Every cell read from the source carries an anchor (`c-M60`) the
/// findings list links to.
struct MatrixCell {
    let flags: FlagIndex
    let language: Language

    /// The `<td>` for `content` read from `location`; `attributes` are added verbatim (they are
    /// built from fixed names and numbers only).
    func render(_ content: String, at location: CellLocation?, classes: [String] = [], attributes: String = "") -> String {
        var classes = classes
        var extra = attributes
        var body = HTMLText.escape(content)
        if let location {
            extra += " id=\"\(HTMLText.escape(FlagIndex.anchor(of: location)))\" data-cell=\"\(HTMLText.escape(location.cell))\""
            let located = flags.findings(at: location)
            let relating = flags.findingsRelating(to: location)
            if let worst = located.map(\.finding.severity).max() {
                classes += ["flagged", "sev-\(worst.rawValue)"]
                extra += " tabindex=\"0\""
                extra += " data-findings=\"\(located.map(\.anchor).joined(separator: " "))\""
                extra += " title=\"\(HTMLText.escape(tooltip(location, located)))\""
                body += "<span class=\"a1\">\(HTMLText.escape(location.cell))</span>"
            } else if !relating.isEmpty {
                classes.append("related")
                extra += " data-findings=\"\(relating.map(\.anchor).joined(separator: " "))\""
                let cited = relating.map { $0.finding.location.cell }.joined(separator: ", ")
                let title = location.cell + ": " + ReportPhrases.see.text(language) + " " + cited
                extra += " title=\"\(HTMLText.escape(title))\""
            }
        }
        let classAttribute = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
        return "<td\(classAttribute)\(extra)>\(body)</td>"
    }

    private func tooltip(_ location: CellLocation, _ entries: [FlagIndex.Entry]) -> String {
        ([location.cell] + entries.map { "\($0.finding.severity.label.text(language)) \($0.finding.code.rawValue): "
            + $0.finding.message(language) }).joined(separator: "\n")
    }
}
