import RenstraModel

/// What each node's figures hold, found in one pass over them, so that the checks looking for
/// a rare kind of cell (unreadable, stored as text) pass over the other nodes.
struct FigureFlags {
    struct Flags: OptionSet {
        let rawValue: UInt8

        /// A target or pagu cannot be read.
        static let unreadable = Flags(rawValue: 1 << 0)
        /// A workbook held a target or pagu as text.
        static let storedAsText = Flags(rawValue: 1 << 1)
        /// The first indikator has a yearly target with a value.
        static let targetGiven = Flags(rawValue: 1 << 2)
    }

    private let flags: [Flags]

    init(_ index: NodeIndex) {
        flags = index.entries.map { Self.flags(of: $0.node) }
    }

    subscript(position: Int) -> Flags { flags[position] }

    private static func flags(of node: PlanNode) -> Flags {
        var flags = Flags()
        func note<Value>(_ figure: Figure<Value>) {
            if figure.stateIsUnreadable { flags.insert(.unreadable) }
            if figure.storedAsText { flags.insert(.storedAsText) }
        }
        for pagu in node.pagu.values { note(pagu) }
        node.paguAkhir.map(note)
        for (place, indikator) in node.indikator.enumerated() {
            for target in indikator.targets.values {
                note(target)
                if place == 0, target.value != nil { flags.insert(.targetGiven) }
            }
            indikator.targetAkhir.map(note)
        }
        return flags
    }
}
