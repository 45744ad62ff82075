import RenstraModel

/// Writes a document as a flat table, one line per node and year (and one for the end of the
/// period), for people who load it into a spreadsheet or a database. Comma-separated, UTF-8,
/// RFC 4180 quoting; text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`…) is
/// prefixed with `'` (see `CSVWriter`).
public enum FlatCSV {
    public static let header = [
        "level", "kode", "nomor", "nama", "parent_kode", "parent_nama", "indikator", "satuan", "period",
        "target", "target_status", "target_cell", "pagu", "pagu_status", "pagu_cell", "row",
    ]

    /// The table, handed to `sink` in chunks as it is written, so the whole text is never held;
    /// throws what the sink throws.
    public static func write(_ document: RenstraDocument, sink: @escaping (UnsafeRawBufferPointer) throws -> Void) throws {
        let csv = CSVWriter(sink: sink)
        for name in header { csv.field(name) }
        csv.endLine()
        for node in document.nodes { write(node, parent: nil, years: document.years, to: csv) }
        try csv.finish()
    }

    /// The lines of `node`, depth first: one per year of the plan, one for the end of the
    /// period when the node has a figure for it, then its children's.
    private static func write(_ node: PlanNode, parent: PlanNode?, years: [Int], to csv: CSVWriter) {
        let indikator = node.indikator.first
        // The leading fields, the same on each of the node's lines.
        let level = node.level.rawValue
        let texts = [node.kode, node.nomor, node.nama, parent?.kode, parent?.nama, indikator?.nama, indikator?.satuan]
            .map { $0?.value }
        func line(_ period: () -> Void, target: Target?, pagu: Pagu?) {
            csv.field(level)
            for text in texts { csv.text(text) }
            period()
            figure(target, csv) { csv.field($0) }
            figure(pagu, csv) { csv.field($0.value) }
            csv.field(Int64(node.row.row))
            csv.endLine()
        }
        for year in years {
            line({ csv.field(Int64(year)) }, target: indikator?.targets[year], pagu: node.pagu[year])
        }
        if node.paguAkhir != nil || indikator?.targetAkhir != nil {
            line({ csv.keyword("akhir") }, target: indikator?.targetAkhir, pagu: node.paguAkhir)
        }
        for child in node.children { write(child, parent: node, years: years, to: csv) }
    }

    /// A figure's value, status and cell; three empty fields for none.
    private static func figure<Value>(_ figure: Figure<Value>?, _ csv: CSVWriter, _ number: (Value) -> Void) {
        guard let figure else {
            for _ in 0..<3 { csv.empty() }
            return
        }
        if let value = figure.value { number(value) } else { csv.empty() }
        csv.field(figure.state.statusWord)
        csv.field(figure.at)
    }
}
