import RenstraModel

/// A row printed twice (at a page break, or pasted again) is read once; the repeat the import
/// set aside is reported at its own row, in the column of the code (or name) it repeats.
struct RepeatedRowsAreReported: Check {
    func findings(in context: CheckContext) -> [Finding] {
        let document = context.document
        let repeats = document.ignoredRows.filter { $0.reason == .repeatedRow && $0.repeats != nil }
        guard !repeats.isEmpty else { return [] }
        // The first node read from each row that was repeated.
        let repeated = Set(repeats.map { $0.repeats!.row })
        var positions: [RowLocation: Int] = [:]
        for (position, entry) in context.index.entries.enumerated()
        where repeated.contains(entry.node.row.row) && positions[entry.node.row] == nil {
            positions[entry.node.row] = position
        }
        return repeats.map { ignored -> Finding in
            let original = ignored.repeats!
            let position = positions[original]
            let level = position.map { context.index.entries[$0].node.level }
            let columns = document.fieldColumns
            let column = level.flatMap { columns.column(.kode, for: $0) ?? columns.column(.nama, for: $0) }
                ?? Level.allCases.lazy.compactMap { columns.column(.kode, for: $0) ?? columns.column(.nama, for: $0) }.first
                ?? 1
            let cell = CellLocation(sheet: ignored.row.sheetName, row: ignored.row.row, column: column)
            return Finding(code: .duplicateRow, location: context.location(cell),
                           subject: position.map { context.index.entries[$0].subject },
                           program: position.flatMap { context.index.program(of: $0) },
                           actual: .text(ignored.excerpt),
                           related: [CellLocation(sheet: original.sheetName, row: original.row, column: column)],
                           arguments: ["row": .count(ignored.row.row), "original": .count(original.row)])
        }
    }
}

extension CatalogueEntry {
    static let duplicateRow = CatalogueEntry(
        code: .duplicateRow, severity: .warning,
        title: Localized(id: "Baris tercetak dua kali", en: "Row printed twice"),
        description: Localized(
            id: "Sebuah baris mengulang baris sebelumnya sel demi sel (pada pergantian halaman, atau tertempel dua kali). Baris itu dibaca sekali; ulangannya tidak masuk pohon maupun jumlah, dan dilaporkan agar dihapus dari berkas.",
            en: "A row repeats an earlier one cell for cell (at a page break, or pasted twice). It is read once; the repeat is kept out of the tree and the sums, and reported so it can be deleted from the file."),
        template: Localized(id: "Baris {row} mengulang baris {original} dan tidak diikutkan.",
                            en: "Row {row} repeats row {original} and was left out."))
}
