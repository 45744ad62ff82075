import RenstraModel

/// A row states its kondisi awal when most rows of its level do: at least three in four of at
/// least four rows. Where a level mostly leaves it empty (kegiatan often do), nothing is asked.
struct BaselineIsGiven: Check {
    static let minimumRows = 4

    func findings(in context: CheckContext) -> [Finding] {
        let index = context.index
        var findings: [Finding] = []
        for level in Level.allCases.filter(\.carriesIndikator).sorted(by: { $0.rawValue < $1.rawValue }) {
            // How many rows of the level have an indikator, and those of them without a kondisi awal.
            var rows = 0, missing: [Int32] = []
            for position in index.levels.indices where index.levels[position] == level {
                let indikator = index.entries[position].node.indikator
                guard !indikator.isEmpty else { continue }
                rows += 1
                if indikator[0].kondisiAwal == nil { missing.append(Int32(position)) }
            }
            let given = rows - missing.count
            guard rows >= Self.minimumRows, given * 4 >= rows * 3, given < rows else { continue }
            for place in missing {
                let position = Int(place)
                let node = context.index.entries[position].node
                guard let cell = context.document.fieldColumns.cell(.kondisiAwal, for: level, in: node.row) else { continue }
                findings.append(Finding(code: .missingBaseline, location: context.location(cell),
                                        subject: context.index.entries[position].subject,
                                        program: context.index.program(of: position), actual: .empty,
                                        arguments: ["count": .count(given), "total": .count(rows - 1),
                                                    "level": .text(level.rawValue)]))
            }
        }
        return findings
    }
}

extension CatalogueEntry {
    static let missingBaseline = CatalogueEntry(
        code: .missingBaseline, severity: .warning,
        title: Localized(id: "Kondisi awal tidak diisi", en: "Kondisi awal missing"),
        description: Localized(
            id: "Kondisi awal (data capaian pada awal periode) kosong, padahal sebagian besar baris pada tingkat yang sama mengisinya (sedikitnya tiga dari empat). Tanpa kondisi awal, target tidak dapat dinilai.",
            en: "The kondisi awal (the baseline at the start of the period) is empty, while most rows of the same level give one (at least three in four). Without a baseline the targets cannot be judged."),
        template: Localized(id: "{subject}: kondisi awal kosong, padahal {count} dari {total} baris {level} lainnya mengisinya.",
                            en: "{subject}: the kondisi awal is empty, while {count} of the other {total} {level} rows give one."))
}
