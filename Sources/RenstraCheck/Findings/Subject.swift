import RenstraModel

/// What a finding is about: a node of the tree (by level, code and name) or the grand total.
public struct Subject: Hashable, Sendable {
    /// Nil for the grand total row.
    public let level: Level?
    /// The code without the row number (`2.11.15.45`), when the layout has codes.
    public let kode: String?
    public let nama: String?
    public let row: Int

    public init(level: Level?, kode: String?, nama: String?, row: Int) {
        self.level = level
        self.kode = kode
        self.nama = nama
        self.row = row
    }

    /// The subject of a node.
    public init(_ node: PlanNode) {
        self.init(level: node.level, kode: node.kodeParts.isEmpty ? nil : node.kodeParts.dotted,
                  nama: node.nama?.value, row: node.row.row)
    }

    /// The subject of the grand total row.
    public static func total(_ total: TotalRow) -> Subject { Subject(level: nil, kode: nil, nama: nil, row: total.row.row) }

    /// How a message names it: `kegiatan 2.11.15.45`, `program "Pelayanan Administrasi…"`, `the grand total`.
    public func label(_ language: Language) -> String {
        guard let level else { return Localized(id: "jumlah total", en: "the grand total").text(language) }
        let name = String(level.rawValue.map { $0 == "_" ? "-" : $0 })
        if let kode { return "\(name) \(kode)" }
        if let nama {
            let short = nama.count > 48 ? String(nama.prefix(47)) + "…" : nama
            return "\(name) \"\(short)\""
        }
        return "\(name) " + Localized(id: "baris \(row)", en: "row \(row)").text(language)
    }
}
