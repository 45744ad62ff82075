import RenstraModel

/// The columns the matrix shows: the text columns the source has, then a target and a pagu per
/// year, then the end-of-period pair when the layout has one.
struct MatrixColumns {
    let years: [Int]
    let kode: Bool
    let nomor: Bool
    let kondisiAwal: Bool
    let endOfPeriod: Bool

    init(_ document: RenstraDocument) {
        let nodes = document.allNodes
        func used(_ field: FieldColumns.Field) -> Bool {
            Level.allCases.contains { document.fieldColumns.column(field, for: $0) != nil }
        }
        years = document.years
        kode = used(.kode) || nodes.contains { $0.kode != nil }
        nomor = used(.nomor) || nodes.contains { $0.nomor != nil }
        kondisiAwal = used(.kondisiAwal) || nodes.contains { $0.indikator.contains { $0.kondisiAwal != nil } }
        endOfPeriod = nodes.contains { $0.paguAkhir != nil || $0.indikator.contains { $0.targetAkhir != nil } }
            || document.total?.paguAkhir != nil
    }

    /// How many columns come before the per-year figures.
    var textColumnCount: Int { 4 + (kode ? 1 : 0) + (nomor ? 1 : 0) + (kondisiAwal ? 1 : 0) }
}
