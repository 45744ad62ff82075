import RenstraModel

/// An indikator with targets states its satuan: a program's, kegiatan's or sub-kegiatan's
/// targets mean nothing without one. An empty cell and a lone dash are both reported. Where the
/// layout writes the satuan after each target (T-C.27: `50 KUMKM`), the finding points at the
/// first target.
struct IndikatorHasASatuan: Check {
    func findings(in context: CheckContext) -> [Finding] {
        let index = context.index
        return index.levels.indices.compactMap { position -> Finding? in
            // A target given means there is a first indikator.
            guard index.levels[position].carriesIndikator, context.figureFlags[position].contains(.targetGiven) else { return nil }
            let entry = index.entries[position]
            let satuan = entry.node.indikator[0].satuan?.value ?? ""
            guard satuan.isEmpty || satuan.allSatisfy({ $0 == "-" }) else { return nil }
            let node = entry.node, indikator = node.indikator[0]
            guard let cell = indikator.satuan?.at ?? context.document.fieldColumns.cell(.satuan, for: node.level, in: node.row)
                      ?? Self.firstTarget(indikator)
            else { return nil }
            let actual: FindingValue = satuan.isEmpty ? .empty : .text(satuan)
            return Finding(code: .missingUnit, location: context.location(cell), subject: entry.subject,
                           program: context.index.program(of: position), actual: actual,
                           arguments: ["stated": .value(actual)])
        }
    }

    /// The cell of the earliest year's target that holds a value (`ByYear` keeps years in order).
    private static func firstTarget(_ indikator: Indikator) -> CellLocation? {
        indikator.targets.values.first { $0.value != nil }?.at
    }
}

extension CatalogueEntry {
    static let missingUnit = CatalogueEntry(
        code: .missingUnit, severity: .warning,
        title: Localized(id: "Satuan tidak diisi", en: "Satuan missing"),
        description: Localized(
            id: "Indikator program, kegiatan atau sub kegiatan yang bertarget harus menyebut satuannya (org, kop, %, bulan…). Sel kosong dan tanda `-` saja sama-sama dilaporkan.",
            en: "The indikator of a program, kegiatan or sub-kegiatan that has targets must state its satuan (org, kop, %, bulan…). An empty cell and a lone `-` are both reported."),
        template: Localized(id: "{subject}: indikatornya bertarget tetapi satuannya {stated}.",
                            en: "{subject}: the indikator has targets, but its satuan is {stated}."))
}
