import RenstraCheck
import RenstraModel

/// The program → kegiatan tree as a table laid out like the source matrix: one row per node
/// (more when a node has several indikator), its code, name, indikator, satuan and kondisi awal,
/// then a target and a pagu per year. Remembers which source cells and rows it showed, so the
/// findings list knows where to link.
struct MatrixTable {
    let document: RenstraDocument
    let columns: MatrixColumns
    let cell: MatrixCell
    let language: Language
    let html: HTMLOutput

    /// The cells and rows the table shows.
    struct Shown {
        var cells = ShownCells()
        var rows: Set<Int> = []
    }

    init(document: RenstraDocument, flags: FlagIndex, language: Language, html: HTMLOutput) {
        self.document = document
        columns = MatrixColumns(document)
        cell = MatrixCell(flags: flags, language: language, html: html)
        self.language = language
        self.html = html
    }

    /// Writes the table; returns the cells and rows it showed.
    func write() -> Shown {
        var shown = Shown()
        html.markup("<table class=\"matrix\">\n")
        header()
        html.markup("<tbody>\n")
        for node in document.allNodes { rows(of: node, into: &shown) }
        if let total = document.total { totalRow(total, into: &shown) }
        html.markup("</tbody>\n</table>\n")
        return shown
    }

    // MARK: header

    private func header() {
        var first = [ReportPhrases.level]
        if columns.kode { first.append(ReportPhrases.kode) }
        if columns.nomor { first.append(ReportPhrases.nomor) }
        first += [ReportPhrases.nama, ReportPhrases.indikator, ReportPhrases.satuan]
        if columns.kondisiAwal { first.append(ReportPhrases.kondisiAwal) }
        let periods = columns.years.map(String.init) + (columns.endOfPeriod ? [ReportPhrases.endOfPeriod.text(language)] : [])
        html.markup("<thead>\n<tr>")
        for phrase in first {
            html.markup("<th rowspan=\"2\">")
            html.text(phrase.text(language))
            html.markup("</th>")
        }
        for period in periods {
            html.markup("<th colspan=\"2\">")
            html.text(period)
            html.markup("</th>")
        }
        html.markup("</tr>\n<tr>")
        for _ in periods {
            html.markup("<th>")
            html.text(ReportPhrases.target.text(language))
            html.markup("</th><th>")
            html.text(ReportPhrases.pagu.text(language))
            html.markup("</th>")
        }
        html.markup("</tr>\n</thead>\n")
    }

    // MARK: rows

    private func rows(of node: PlanNode, into shown: inout Shown) {
        let indikator = node.indikator.isEmpty ? [Indikator()] : node.indikator
        let span = indikator.count
        for (index, item) in indikator.enumerated() {
            html.markup("<tr")
            if index == 0 {
                html.markup(" id=\"")
                html.anchor(ofRow: node.row.row)
                html.markup("\" data-row=\"")
                html.number(node.row.row)
                html.markup("\"")
            }
            html.markup(" class=\"")
            html.text(node.level.rawValue)
            html.markup("\">")
            if index == 0 {
                cell.write(.text(node.level.rawValue.replacingOccurrences(of: "_", with: "-")), at: nil, style: "level",
                           rowspan: span)
                if columns.kode { text(node.kode, .kode, of: node, rowspan: span, into: &shown) }
                if columns.nomor { text(node.nomor, .nomor, of: node, rowspan: span, into: &shown) }
                text(node.nama, .nama, of: node, rowspan: span, style: "nama", into: &shown)
            }
            let fallback = index == 0 ? node : nil
            text(item.nama, .indikator, of: fallback, into: &shown)
            text(item.satuan, .satuan, of: fallback, into: &shown)
            if columns.kondisiAwal { text(item.kondisiAwal, .kondisiAwal, of: fallback, into: &shown) }
            for year in columns.years {
                target(item.targets[year], into: &shown)
                if index == 0 { money(node.pagu[year], rowspan: span, into: &shown) }
            }
            if columns.endOfPeriod {
                target(item.targetAkhir, into: &shown)
                if index == 0 { money(node.paguAkhir, rowspan: span, into: &shown) }
            }
            html.markup("</tr>\n")
        }
        shown.rows.insert(node.row.row)
    }

    private func totalRow(_ total: TotalRow, into shown: inout Shown) {
        html.markup("<tr id=\"")
        html.anchor(ofRow: total.row.row)
        html.markup("\" class=\"total\" data-row=\"")
        html.number(total.row.row)
        html.markup("\"><td colspan=\"")
        html.number(columns.textColumnCount)
        html.markup("\" class=\"nama\">")
        html.text(total.label?.value ?? ReportPhrases.total.text(language))
        html.markup("</td>")
        for year in columns.years {
            html.markup("<td></td>")
            money(total.pagu[year], into: &shown)
        }
        if columns.endOfPeriod {
            html.markup("<td></td>")
            money(total.paguAkhir, into: &shown)
        }
        html.markup("</tr>\n")
        shown.rows.insert(total.row.row)
    }

    // MARK: cells

    /// A text field, at its own cell or, when empty, at the cell the layout reserves for it.
    private func text(_ value: Text?, _ field: FieldColumns.Field, of node: PlanNode?, rowspan: Int = 1,
                      style: StaticString? = nil, into shown: inout Shown) {
        let location = value?.at ?? node.flatMap { document.fieldColumns.cell(field, for: $0.level, in: $0.row) }
        located(.text(value?.value ?? ""), location, style: style, rowspan: rowspan, into: &shown)
    }

    private func target(_ figure: Target?, into shown: inout Shown) {
        located(content(figure, FindingValue.number), figure?.at, style: "num", into: &shown)
    }

    private func money(_ figure: Pagu?, rowspan: Int = 1, into shown: inout Shown) {
        located(content(figure, FindingValue.money), figure?.at, style: "num", rowspan: rowspan, into: &shown)
    }

    /// A cell read from `location`. Two fields may come from one source cell (a number and a
    /// name typed together); only the first shown carries the cell's anchor and flags.
    private func located(_ content: FindingValue, _ location: CellLocation?, style: StaticString?, rowspan: Int = 1,
                         into shown: inout Shown) {
        guard let location, shown.cells.insert(location) else {
            return cell.write(content, at: nil, style: style, rowspan: rowspan)
        }
        cell.write(content, at: location, style: style, rowspan: rowspan)
    }

    /// A figure as the reader writes it, or as printed when it has no value (`-`, `######`).
    private func content<Value>(_ figure: Figure<Value>?, _ value: (Value) -> FindingValue) -> FindingValue {
        guard let figure else { return .text("") }
        if case .value(let number) = figure.state { return value(number) }
        return .text(figure.text)
    }
}
