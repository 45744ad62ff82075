import RenstraCheck
import RenstraModel

/// A small inline SVG: one line per program, one bar per year, each bar's height its pagu against
/// the largest yearly pagu of any program, so the shape of the plan shows at a glance. Every bar
/// carries its exact figure as a tooltip. Coordinates are whole numbers, so the output is stable.
struct PaguChart {
    let programs: [PlanNode]
    let years: [Int]
    let language: Language
    let html: HTMLOutput

    private let labelWidth = 260
    private let columnWidth = 64
    private let rowHeight = 26
    private let barHeight = 20
    private let top = 20

    func write() {
        let largest = programs.flatMap { program in years.compactMap { program.pagu[$0]?.value?.value } }.max() ?? 0
        guard largest > 0 else {
            html.markup("<p class=\"none\">")
            html.text(ReportPhrases.chartEmpty.text(language))
            html.markup("</p>\n")
            return
        }
        let width = labelWidth + columnWidth * years.count
        let height = top + rowHeight * programs.count
        html.markup("<svg class=\"chart\" role=\"img\" width=\"")
        html.number(width)
        html.markup("\" height=\"")
        html.number(height)
        html.markup("\" viewBox=\"0 0 ")
        html.number(width)
        html.markup(" ")
        html.number(height)
        html.markup("\">\n<title>")
        html.text(ReportPhrases.chart.text(language))
        html.markup("</title>\n")
        for (index, year) in years.enumerated() {
            html.markup("<text class=\"year\" x=\"")
            html.number(labelWidth + index * columnWidth + columnWidth / 2)
            html.markup("\" y=\"14\">")
            html.number(year)
            html.markup("</text>\n")
        }
        for (row, program) in programs.enumerated() {
            let baseline = top + row * rowHeight + barHeight
            let label = label(program)
            html.markup("<a href=\"#")
            html.anchor(ofRow: program.row.row)
            html.markup("\"><text class=\"label\" x=\"0\" y=\"")
            html.number(baseline - 5)
            html.markup("\">")
            html.text(label)
            html.markup("</text></a>\n")
            for (index, year) in years.enumerated() {
                guard let rupiah = program.pagu[year]?.value, rupiah.value > 0 else { continue }
                let height = max(1, Int((Double(rupiah.value) / Double(largest) * Double(barHeight)).rounded()))
                html.markup("<rect x=\"")
                html.number(labelWidth + index * columnWidth + 8)
                html.markup("\" y=\"")
                html.number(baseline - height)
                html.markup("\" width=\"")
                html.number(columnWidth - 16)
                html.markup("\" height=\"")
                html.number(height)
                html.markup("\"><title>")
                html.text(label)
                html.markup(" ")
                html.number(year)
                html.markup(": Rp ")
                html.value(.money(rupiah), language)
                html.markup("</title></rect>\n")
            }
        }
        html.markup("</svg>\n")
    }

    /// The program's code and name, short enough for the label column.
    private func label(_ program: PlanNode) -> String {
        let kode = program.kodeParts.isEmpty ? "" : program.kodeParts.dotted + " "
        let text = kode + (program.nama?.value ?? "")
        return text.count > 40 ? String(text.prefix(39)) + "…" : text
    }
}
