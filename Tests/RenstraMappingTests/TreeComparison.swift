import RenstraModel

/// Makes the trees that different layouts of one plan give comparable with
/// `SampleImportTests.meaning`: code parts by value, as `RenstraCode` compares them (`02` is
/// `2`); on request also row numbers by value (`1.` is `1`), and without the notes a layout
/// has no column for.
enum TreeComparison {
    /// `node` and everything below it, normalised.
    static func byValue(_ node: PlanNode, rowNumbers: Bool = false, notes: Bool = true) -> PlanNode {
        var node = node
        node.kodeParts = KodeParts(node.kodeParts.map { Int($0).map(String.init) ?? $0 })
        if rowNumbers, let nomor = node.nomor, nomor.value.hasSuffix(".") {
            node.nomor = Text(String(nomor.value.dropLast()), at: nomor.at)
        }
        if !notes { node.notes = [:] }
        node.children = node.children.map { byValue($0, rowNumbers: rowNumbers, notes: notes) }
        return node
    }

    /// The whole document's meaning with its codes by value.
    static func meaning(_ document: RenstraDocument) -> String {
        var document = document
        document.nodes = document.nodes.map { byValue($0) }
        return SampleImportTests.meaning(document)
    }

    /// The programs with their kegiatan, codes and row numbers by value and without notes:
    /// what Tabel 5.1 and its T-C.27 form share.
    static func programs(_ document: RenstraDocument) -> String {
        document.nodes(at: .program).map { SampleImportTests.meaning(byValue($0, rowNumbers: true, notes: false)) }
            .joined(separator: "\n")
    }

    /// The grand total's figures.
    static func total(_ document: RenstraDocument) -> String {
        guard let total = document.total else { return "none" }
        return (total.pagu.keys.sorted().map { "\(total.pagu[$0]!.state)" } + ["\(String(describing: total.paguAkhir?.state))"])
            .joined(separator: " ")
    }
}
