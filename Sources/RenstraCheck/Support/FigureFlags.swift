import RenstraModel

/// What each node's figures hold, found in one pass over them, so that the checks looking for
/// a rare kind of cell (unreadable, stored as text) pass over the other nodes, and those that
/// ask whether a row has targets at all do not read its figures again.
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
        flags = index.entries.map { Self.flags(of: $0) }
    }

    subscript(position: Int) -> Flags { flags[position] }

    /// The figures are read in place, through the entry, rather than copied out.
    private static func flags(of entry: NodeIndex.Entry) -> Flags {
        var flags = Flags()
        func note<Value>(_ figures: [Figure<Value>]) {
            for item in figures.indices { note(figures[item]) }
        }
        func note<Value>(_ figure: Figure<Value>?) {
            guard let figure else { return }
            if figure.stateIsUnreadable { flags.insert(.unreadable) }
            if figure.storedAsText { flags.insert(.storedAsText) }
        }
        note(entry.node.pagu.values)
        note(entry.node.paguAkhir)
        let indikator = entry.node.indikator
        for place in indikator.indices {
            let targets = indikator[place].targets.values
            note(targets)
            if place == 0, targets.contains(where: { $0.value != nil }) { flags.insert(.targetGiven) }
            note(indikator[place].targetAkhir)
        }
        return flags
    }
}
