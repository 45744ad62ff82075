import RenstraModel

/// One code names one thing: no two rows of a level share a code. The later row is reported.
///
/// Codes are compared by their key (level, and parts as numbers or in capitals). Each row's
/// key is first reduced to a fingerprint, which equal keys share: only the rows whose
/// fingerprint another row has too can repeat a code, and only theirs are spelled out.
struct EachCodeNamesOneThing: Check {
    func findings(in context: CheckContext) -> [Finding] {
        let index = context.index
        // Each coded row as one word, its fingerprint folded to 32 bits above its place, so that
        // sorting the words brings the rows of one fingerprint together, in row order. A few
        // rows more share a folded fingerprint; they are spelled out and told apart by their key.
        var rows: [UInt64] = []
        rows.reserveCapacity(index.entries.count { !$0.node.kodeParts.isEmpty })
        for (position, entry) in index.entries.enumerated() where !entry.node.kodeParts.isEmpty {
            let fingerprint = CodeFingerprint(index.levels[position], entry.node.kodeParts).value
            rows.append(UInt64(UInt32(truncatingIfNeeded: fingerprint ^ fingerprint >> 32)) << 32 | UInt64(position))
        }
        rows.sort()
        // The places of the rows whose fingerprint another row has too, in row order.
        var candidates: [Int] = []
        var start = 0
        while start < rows.count {
            var end = start + 1
            while end < rows.count, rows[end] >> 32 == rows[start] >> 32 { end += 1 }
            if end - start > 1 { candidates += rows[start..<end].map { Int(UInt32(truncatingIfNeeded: $0)) } }
            start = end
        }
        rows = []
        candidates.sort()
        var first: [String: Int] = [:]
        var findings: [Finding] = []
        for position in candidates {
            let entry = index.entries[position], node = entry.node
            guard let kode = node.kode else { continue }
            let key = node.level.rawValue + ":" + node.kodeParts.map(KodePart.key).joined(separator: ".")
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
