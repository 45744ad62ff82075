import RenstraModel

/// One code names one thing: no two rows of a level share a code. The later row is reported.
///
/// Codes are compared by their key (level, and parts as numbers or in capitals). Each row's
/// key is first reduced to a fingerprint, which equal keys share: only the rows whose
/// fingerprint another row has too can repeat a code, and only theirs are spelled out.
struct EachCodeNamesOneThing: Check {
    func findings(in context: CheckContext) -> [Finding] {
        let index = context.index
        // The coded rows' places, and their fingerprints.
        let count = index.entries.count { !$0.node.kodeParts.isEmpty }
        var coded: [Int32] = [], fingerprints: [UInt64] = []
        coded.reserveCapacity(count)
        fingerprints.reserveCapacity(count)
        for (position, entry) in index.entries.enumerated() where !entry.node.kodeParts.isEmpty {
            coded.append(Int32(position))
            fingerprints.append(CodeFingerprint(index.levels[position], entry.node.kodeParts).value)
        }
        // The fingerprints more than one row has: equal neighbours once sorted.
        var shared = Set<UInt64>()
        let sorted = fingerprints.sorted()
        for place in sorted.indices.dropFirst() where sorted[place] == sorted[place - 1] { shared.insert(sorted[place]) }
        var first: [String: Int] = [:]
        var findings: [Finding] = []
        for (place, fingerprint) in zip(coded, fingerprints) where shared.contains(fingerprint) {
            let position = Int(place)
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
