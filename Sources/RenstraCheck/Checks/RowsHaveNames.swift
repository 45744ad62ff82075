import RenstraModel

/// Every program, kegiatan and sub-kegiatan has a name, and an indikator with targets says
/// what it measures.
struct RowsHaveNames: Check {
    func findings(in context: CheckContext) -> [Finding] {
        let index = context.index, columns = context.document.fieldColumns
        var findings: [Finding] = []
        for position in index.levels.indices where index.levels[position].carriesIndikator {
            let entry = index.entries[position]
            func report(_ field: FieldColumns.Field, _ name: Localized) {
                guard let cell = columns.cell(field, for: entry.node.level, in: entry.node.row) else { return }
                findings.append(Finding(code: .missingName, location: context.location(cell), subject: entry.subject,
                                        program: index.program(of: position), actual: .empty,
                                        arguments: ["field": .phrase(name)]))
            }
            if entry.node.nama == nil { report(.nama, .name) }
            if context.figureFlags[position].contains(.targetGiven), entry.node.indikator[0].nama == nil {
                report(.indikator, .indikatorName)
            }
        }
        return findings
    }
}

extension Localized {
    static let name = Localized(id: "nama", en: "name")
    static let indikatorName = Localized(id: "nama indikator", en: "indikator's name")
}

extension CatalogueEntry {
    static let missingName = CatalogueEntry(
        code: .missingName, severity: .error,
        title: Localized(id: "Nama tidak diisi", en: "Name missing"),
        description: Localized(
            id: "Setiap program, kegiatan dan sub kegiatan harus bernama, dan indikator yang bertarget harus menyebut apa yang diukurnya.",
            en: "Every program, kegiatan and sub-kegiatan must have a name, and an indikator with targets must say what it measures."),
        template: Localized(id: "{subject}: {field} kosong.", en: "{subject}: the {field} is empty."))
}
