import RenstraCheck
import RenstraModel

/// A small inline SVG: one line per program, one bar per year, each bar's height its pagu against
/// the largest yearly pagu of any program, so the shape of the plan shows at a glance. Every bar
/// carries its exact figure as a tooltip. Coordinates are whole numbers, so the output is stable.
struct PaguChart {
    let programs: [PlanNode]
    let years: [Int]
    let language: Language

    private let labelWidth = 260
    private let columnWidth = 64
    private let rowHeight = 26
    private let barHeight = 20
    private let top = 20

    func render() -> String {
        let largest = programs.flatMap { program in years.compactMap { program.pagu[$0]?.value?.value } }.max() ?? 0
        guard largest > 0 else {
            return "<p class=\"none\">\(HTMLText.escape(ReportPhrases.chartEmpty.text(language)))</p>\n"
        }
        let width = labelWidth + columnWidth * years.count
        let height = top + rowHeight * programs.count
        var svg = "<svg class=\"chart\" role=\"img\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\">\n"
        svg += "<title>\(HTMLText.escape(ReportPhrases.chart.text(language)))</title>\n"
        for (index, year) in years.enumerated() {
            svg += "<text class=\"year\" x=\"\(labelWidth + index * columnWidth + columnWidth / 2)\" y=\"14\">\(year)</text>\n"
        }
        for (row, program) in programs.enumerated() {
            let baseline = top + row * rowHeight + barHeight
            svg += "<a href=\"#\(FlagIndex.anchor(ofRow: program.row.row))\">"
                + "<text class=\"label\" x=\"0\" y=\"\(baseline - 5)\">\(HTMLText.escape(label(program)))</text></a>\n"
            for (index, year) in years.enumerated() {
                guard let rupiah = program.pagu[year]?.value, rupiah.value > 0 else { continue }
                let height = max(1, Int((Double(rupiah.value) / Double(largest) * Double(barHeight)).rounded()))
                let x = labelWidth + index * columnWidth + 8
                svg += "<rect x=\"\(x)\" y=\"\(baseline - height)\" width=\"\(columnWidth - 16)\" height=\"\(height)\">"
                    + "<title>\(HTMLText.escape("\(label(program)) \(year): Rp \(FindingValue.money(rupiah).display(language))"))</title></rect>\n"
            }
        }
        return svg + "</svg>\n"
    }

    /// The program's code and name, short enough for the label column.
    private func label(_ program: PlanNode) -> String {
        let kode = program.kodeParts.isEmpty ? "" : program.kodeParts.joined(separator: ".") + " "
        let text = kode + (program.nama?.value ?? "")
        return text.count > 40 ? String(text.prefix(39)) + "…" : text
    }
}
