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

    /// The table's HTML, and the cells and rows it shows.
    struct Rendered {
        var html = ""
        var cells: Set<CellLocation> = []
        var rows: Set<Int> = []
    }

    init(document: RenstraDocument, flags: FlagIndex, language: Language) {
        self.document = document
        columns = MatrixColumns(document)
        cell = MatrixCell(flags: flags, language: language)
        self.language = language
    }

    func render() -> Rendered {
        var rendered = Rendered()
        rendered.html = "<table class=\"matrix\">\n" + header() + "<tbody>\n"
        for node in document.allNodes { rows(of: node, into: &rendered) }
        if let total = document.total { totalRow(total, into: &rendered) }
        rendered.html += "</tbody>\n</table>\n"
        return rendered
    }

    // MARK: header

    private func header() -> String {
        var first = [ReportPhrases.level]
        if columns.kode { first.append(ReportPhrases.kode) }
        if columns.nomor { first.append(ReportPhrases.nomor) }
        first += [ReportPhrases.nama, ReportPhrases.indikator, ReportPhrases.satuan]
        if columns.kondisiAwal { first.append(ReportPhrases.kondisiAwal) }
        var top = first.map { "<th rowspan=\"2\">\(HTMLText.escape($0.text(language)))</th>" }.joined()
        var bottom = ""
        let periods = columns.years.map(String.init) + (columns.endOfPeriod ? [ReportPhrases.endOfPeriod.text(language)] : [])
        for period in periods {
            top += "<th colspan=\"2\">\(HTMLText.escape(period))</th>"
            bottom += "<th>\(HTMLText.escape(ReportPhrases.target.text(language)))</th>"
                + "<th>\(HTMLText.escape(ReportPhrases.pagu.text(language)))</th>"
        }
        return "<thead>\n<tr>\(top)</tr>\n<tr>\(bottom)</tr>\n</thead>\n"
    }

    // MARK: rows

    private func rows(of node: PlanNode, into rendered: inout Rendered) {
        let indikator = node.indikator.isEmpty ? [Indikator()] : node.indikator
        let span = indikator.count > 1 ? " rowspan=\"\(indikator.count)\"" : ""
        for (index, item) in indikator.enumerated() {
            var cells = ""
            if index == 0 {
                cells += "<td class=\"level\"\(span)>\(HTMLText.escape(node.level.rawValue.replacingOccurrences(of: "_", with: "-")))</td>"
                if columns.kode { cells += text(node.kode, .kode, of: node, span: span, into: &rendered) }
                if columns.nomor { cells += text(node.nomor, .nomor, of: node, span: span, into: &rendered) }
                cells += text(node.nama, .nama, of: node, span: span, classes: ["nama"], into: &rendered)
            }
            let fallback = index == 0 ? node : nil
            cells += text(item.nama, .indikator, of: fallback, into: &rendered)
            cells += text(item.satuan, .satuan, of: fallback, into: &rendered)
            if columns.kondisiAwal { cells += text(item.kondisiAwal, .kondisiAwal, of: fallback, into: &rendered) }
            for year in columns.years {
                cells += target(item.targets[year], into: &rendered)
                cells += index == 0 ? money(node.pagu[year], span: span, into: &rendered) : ""
            }
            if columns.endOfPeriod {
                cells += target(item.targetAkhir, into: &rendered)
                cells += index == 0 ? money(node.paguAkhir, span: span, into: &rendered) : ""
            }
            let anchor = index == 0 ? " id=\"\(FlagIndex.anchor(ofRow: node.row.row))\" data-row=\"\(node.row.row)\"" : ""
            rendered.html += "<tr\(anchor) class=\"\(node.level.rawValue)\">\(cells)</tr>\n"
        }
        rendered.rows.insert(node.row.row)
    }

    private func totalRow(_ total: TotalRow, into rendered: inout Rendered) {
        let label = total.label?.value ?? ReportPhrases.total.text(language)
        var cells = "<td colspan=\"\(columns.textColumnCount)\" class=\"nama\">\(HTMLText.escape(label))</td>"
        for year in columns.years { cells += "<td></td>" + money(total.pagu[year], span: "", into: &rendered) }
        if columns.endOfPeriod { cells += "<td></td>" + money(total.paguAkhir, span: "", into: &rendered) }
        rendered.html += "<tr id=\"\(FlagIndex.anchor(ofRow: total.row.row))\" class=\"total\" data-row=\"\(total.row.row)\">\(cells)</tr>\n"
        rendered.rows.insert(total.row.row)
    }

    // MARK: cells

    /// A text field, at its own cell or, when empty, at the cell the layout reserves for it.
    private func text(_ value: Text?, _ field: FieldColumns.Field, of node: PlanNode?, span: String = "",
                      classes: [String] = [], into rendered: inout Rendered) -> String {
        let location = value?.at ?? node.flatMap { document.fieldColumns.cell(field, for: $0.level, in: $0.row) }
        return located(value?.value ?? "", location, classes: classes, span: span, into: &rendered)
    }

    private func target(_ figure: Target?, into rendered: inout Rendered) -> String {
        located(display(figure) { FindingValue.number($0).display(language) }, figure?.at, classes: ["num"], span: "",
                into: &rendered)
    }

    private func money(_ figure: Pagu?, span: String, into rendered: inout Rendered) -> String {
        located(display(figure) { FindingValue.money($0).display(language) }, figure?.at, classes: ["num"], span: span,
                into: &rendered)
    }

    /// A cell read from `location`. Two fields may come from one source cell (a number and a
    /// name typed together); only the first shown carries the cell's anchor and flags.
    private func located(_ content: String, _ location: CellLocation?, classes: [String], span: String,
                         into rendered: inout Rendered) -> String {
        guard let location, rendered.cells.insert(location).inserted else {
            return cell.render(content, at: nil, classes: classes, attributes: span)
        }
        return cell.render(content, at: location, classes: classes, attributes: span)
    }

    /// A figure as the reader writes it, or as printed when it has no value (`-`, `######`).
    private func display<Value>(_ figure: Figure<Value>?, _ value: (Value) -> String) -> String {
        guard let figure else { return "" }
        if case .value(let number) = figure.state { return value(number) }
        return figure.text
    }
}
