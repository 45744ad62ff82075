import RenstraModel

/// One assertion about a normalised document; reports every place where it does not hold.
protocol Check: Sendable {
    func findings(in context: CheckContext) -> [Finding]
}

/// What the checks read: the document, its nodes with their parents, and what several checks
/// share (the money findings, the satuan kinds, what the figures hold), worked out once for
/// all of them.
struct CheckContext: Sendable {
    let document: RenstraDocument
    let years: PlanYears
    let index: NodeIndex
    /// The findings of the money reconciliation, of two codes (see `MoneyFindings`). The
    /// reconciliation's ledger, the largest table of the checks, is let go once they are
    /// worked out, before the checks run.
    let moneyFindings: [Finding]
    let satuanKinds: SatuanKinds
    let figureFlags: FigureFlags
    /// Whether the document is large enough for its checks to run side by side (see
    /// `Reconciler.parallelFrom`).
    let inParallel: Bool

    init(_ document: RenstraDocument) {
        self.document = document
        years = PlanYears(document.years)
        let index = NodeIndex(document)
        self.index = index
        let inParallel = index.entries.count >= Reconciler.parallelFrom
        self.inParallel = inParallel
        (moneyFindings, satuanKinds, figureFlags) = concurrently(inParallel: inParallel, {
            MoneyFindings(money: MoneyReconciliation(MoneyLedger(document, index)), file: document.file).all
        }, { SatuanKinds(index) }, { FigureFlags(index) })
    }

    /// The subject of the node at `owner` in the index; for nil, the grand total's.
    func subject(of owner: Int?) -> Subject? {
        owner.map { index.entries[$0].subject } ?? document.total.map(Subject.total)
    }

    /// The location of a cell of the document's file.
    func location(_ cell: CellLocation) -> FindingLocation { FindingLocation(file: document.file, cell) }
}

extension Level {
    /// Whether rows of this level carry an indikator of their own (program, kegiatan,
    /// sub-kegiatan): the rows where a name, a satuan and targets are expected.
    var carriesIndikator: Bool {
        switch self {
        case .program, .kegiatan, .subKegiatan: return true
        case .tujuan, .sasaran, .urusan, .bidang: return false
        }
    }
}
