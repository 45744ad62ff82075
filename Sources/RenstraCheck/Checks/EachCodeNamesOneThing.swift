import RenstraModel

/// One code names one thing: no two rows of a level share a code. The later row is reported.
struct EachCodeNamesOneThing: Check {
    func findings(in context: CheckContext) -> [Finding] {
        var first: [String: Int] = [:]
        var findings: [Finding] = []
        for (position, entry) in context.index.entries.enumerated() {
            let node = entry.node
            guard let kode = node.kode, !node.kodeParts.isEmpty else { continue }
            let key = node.level.rawValue + ":" + node.kodeParts.map { Int($0).map(String.init) ?? $0.uppercased() }.joined(separator: ".")
            guard let earlier = first[key] else { first[key] = position; continue }
            let other = context.index.entries[earlier]
            findings.append(Finding(code: .duplicateCode, location: context.location(kode.at), subject: entry.subject,
                                    program: context.index.program(of: position), actual: .text(kode.value),
                                    related: [other.node.kode?.at].compactMap { $0 },
                                    arguments: ["kode": .text(kode.value), "other": .count(other.node.row.row)]))
        }
        return findings
    }
}

extension CatalogueEntry {
    static let duplicateCode = CatalogueEntry(
        code: .duplicateCode, severity: .error,
        title: Localized(id: "Satu kode untuk dua baris", en: "One code on two rows"),
        description: Localized(
            id: "Dua baris pada tingkat yang sama memakai kode yang sama dengan isi yang berbeda (baris yang sama persis sudah disisihkan sebagai baris berulang). Kode harus menunjuk satu hal saja; baris yang kedua dilaporkan.",
            en: "Two rows of the same level carry the same code with different content (a row repeated cell for cell is already set aside as a repeat). A code must name one thing only; the later row is reported."),
        template: Localized(id: "{subject}: kode \"{kode}\" sudah dipakai baris {other} untuk isi yang lain.",
                            en: "{subject}: the code \"{kode}\" is already used by row {other} for other content."))
}
