import RenstraModel

/// What each node's figures hold, found in one pass over them, so that the checks looking for
/// a rare kind of cell (unreadable, stored as text) pass over the other nodes, and those that
/// ask whether a row has targets or money of its own do not read its figures again.
struct FigureFlags {
    struct Flags: OptionSet {
        let rawValue: UInt8

        /// A target or pagu cannot be read.
        static let unreadable = Flags(rawValue: 1 << 0)
        /// A workbook held a target or pagu as text.
        static let storedAsText = Flags(rawValue: 1 << 1)
        /// The first indikator has a yearly target with a value.
        static let targetGiven = Flags(rawValue: 1 << 2)
        /// A pagu cell, yearly or end-of-period, is not empty (it holds a figure, a dash or
        /// something unreadable): the row carries money.
        static let paguGiven = Flags(rawValue: 1 << 3)
        /// A node under this one carries money.
        static let paguBelow = Flags(rawValue: 1 << 4)

        /// The row carries money that is not a sum of rows under it.
        var hasPaguOfItsOwn: Bool { contains(.paguGiven) && !contains(.paguBelow) }
    }

    private let flags: [Flags]

    init(_ index: NodeIndex) {
        var flags = index.entries.map { Self.flags(of: $0) }
        // The nodes under a node follow it: one pass backwards carries `paguBelow` up the tree.
        for position in flags.indices.reversed() where !flags[position].isDisjoint(with: [.paguGiven, .paguBelow]) {
            if let parent = index.entries[position].parent { flags[parent].insert(.paguBelow) }
        }
        self.flags = flags
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
            if figure.isUnreadable { flags.insert(.unreadable) }
            if figure.storedAsText { flags.insert(.storedAsText) }
        }
        let pagu = entry.node.pagu.values, paguAkhir = entry.node.paguAkhir
        note(pagu)
        note(paguAkhir)
        if pagu.contains(where: { !$0.isMissing }) || !(paguAkhir?.isMissing ?? true) { flags.insert(.paguGiven) }
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
