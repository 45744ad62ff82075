import RenstraModel

/// One assertion about a normalised document; reports every place where it does not hold.
protocol Check: Sendable {
    func findings(in context: CheckContext) -> [Finding]
}

/// What the checks read: the document, its nodes with their parents, and the money
/// reconciliation, worked out once for all of them.
struct CheckContext {
    let document: RenstraDocument
    let index: NodeIndex
    let money: MoneyReconciliation

    init(_ document: RenstraDocument) {
        self.document = document
        index = NodeIndex(document)
        money = MoneyReconciliation(MoneyLedger(document, index))
    }

    /// The location of a cell of the document's file.
    func location(_ cell: CellLocation) -> FindingLocation { FindingLocation(file: document.file, cell) }

    /// The levels whose rows carry an indikator of their own (program, kegiatan, sub-kegiatan):
    /// the rows where a name, a satuan and targets are expected.
    static let indicatorLevels: Set<Level> = [.program, .kegiatan, .subKegiatan]
}
