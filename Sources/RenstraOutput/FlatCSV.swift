import Foundation
import RenstraModel

/// Writes a document as a flat table, one line per node and year (and one for the end of the
/// period), for people who load it into a spreadsheet or a database. Comma-separated, UTF-8,
/// RFC 4180 quoting; text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`…) is
/// prefixed with `'`.
public enum FlatCSV {
    public static let header = [
        "level", "kode", "nomor", "nama", "parent_kode", "parent_nama", "indikator", "satuan", "period",
        "target", "target_status", "target_cell", "pagu", "pagu_status", "pagu_cell", "row",
    ]

    public static func encode(_ document: RenstraDocument) -> Data {
        var lines = [header.joined(separator: ",")]
        func walk(_ node: PlanNode, parent: PlanNode?) {
            let indikator = node.indikator.first
            let periods = document.years.map(String.init) + (hasAkhir(node) ? ["akhir"] : [])
            for period in periods {
                let year = Int(period)
                let target = year.flatMap { indikator?.targets[$0] } ?? (year == nil ? indikator?.targetAkhir : nil)
                let pagu = year.flatMap { node.pagu[$0] } ?? (year == nil ? node.paguAkhir : nil)
                let fields: [String] = [
                    node.level.rawValue, text(node.kode?.value), text(node.nomor?.value), text(node.nama?.value),
                    text(parent?.kode?.value), text(parent?.nama?.value), text(indikator?.nama?.value),
                    text(indikator?.satuan?.value), period,
                    target?.value.map { "\($0)" } ?? "", target.map(status) ?? "", target?.at.cell ?? "",
                    pagu?.value.map { String($0.value) } ?? "", pagu.map(status) ?? "", pagu?.at.cell ?? "",
                    String(node.row.row),
                ]
                lines.append(fields.map(quote).joined(separator: ","))
            }
            for child in node.children { walk(child, parent: node) }
        }
        for node in document.nodes { walk(node, parent: nil) }
        return Data((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    private static func hasAkhir(_ node: PlanNode) -> Bool {
        node.paguAkhir != nil || node.indikator.first?.targetAkhir != nil
    }

    private static func status<Value>(_ figure: Figure<Value>) -> String {
        switch figure.state {
        case .value: return "value"
        case .none: return "none"
        case .missing: return "missing"
        case .unreadable: return "unreadable"
        }
    }

    /// Text a spreadsheet would take for a formula gets a leading apostrophe (OWASP CSV injection).
    private static func text(_ value: String?) -> String {
        guard let value, let first = value.first else { return "" }
        return ["=", "+", "-", "@", "\t", "\r"].contains(first) ? "'" + value : value
    }

    private static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
