import RenstraModel

/// The satuan kind of each node's first indikator, by the node's place in the index. Each
/// distinct satuan text is worked out once: a table repeats a handful of them.
struct SatuanKinds {
    private let kinds: [SatuanKind]

    init(_ index: NodeIndex) {
        var known: [String: SatuanKind] = [:]
        kinds = index.entries.map { entry in
            let indikator = entry.node.indikator
            let satuan = indikator.isEmpty ? "" : indikator[0].satuan?.value ?? ""
            if let kind = known[satuan] { return kind }
            let kind = SatuanKind(satuan)
            known[satuan] = kind
            return kind
        }
    }

    subscript(position: Int) -> SatuanKind { kinds[position] }
}
