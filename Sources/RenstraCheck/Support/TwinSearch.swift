/// For every name of a list, the earliest earlier name that is the same or a typo apart (see
/// `NameIndex`). Names more than `typos` letters longer or shorter cannot be a typo apart, so
/// the list is split by length: each part answers for the names of one range of lengths,
/// reading only the names it can meet (its range widened by `typos` on each side), in list
/// order. Each part gives exactly what one index of the whole list would.
///
/// The parts of a long list run side by side, four on threads of their own, over one folded
/// list. From `onePartAtATimeFrom` names, memory counts more: the parts run one after another,
/// eight smaller ones, each folding only the names it can meet, so that one part's names and
/// tables are alive at once.
enum TwinSearch {
    /// Lists shorter than this are searched on one thread.
    static let parallelFrom = 4_096
    /// Lists at least this long are searched one part at a time: at 1,000,000 names that lowers
    /// the peak of `renstra check` by about 80 MiB and takes about as long; at 100,000 it would
    /// take longer.
    static let onePartAtATimeFrom = 300_000

    /// The search over `texts`, each as `TextFolding` folds it. Lists too short to be split
    /// (`parallelFrom`) are never searched one part at a time.
    static func earliestTwins<Texts: RandomAccessCollection<String>>(
        of texts: Texts, typos: Int, typoLength: Int, window: Int, onePartAtATimeFrom: Int = onePartAtATimeFrom
    ) -> EarliestTwins where Texts.Index == Int {
        guard texts.count >= max(onePartAtATimeFrom, parallelFrom) else {
            return earliestTwins(of: NameList(folding: texts), typos: typos, typoLength: typoLength, window: window)
        }
        // Each name's folded length first, to cut the parts; a part finds positions in its own
        // list, which its members map back to the whole list.
        var folded: [UInt8] = []
        let lengths = texts.map { text in
            folded.removeAll(keepingCapacity: true)
            TextFolding.fold(text, into: &folded)
            return Int32(folded.count)
        }
        let parts = lengthRanges(lengths, parts: 8)
        let index = NameIndex(typos: typos, typoLength: typoLength, window: window)
        let answers = parts.map { part in
            let met = index.lengthsMet(by: part)
            let members = texts.indices.filter { met.contains(Int(lengths[$0])) }
            let found = index.earliestTwins(in: NameList(folding: members.lazy.map { texts[$0] }), lengths: part)
            return EarliestTwins(found.lazy.map { twin in twin.map { members[$0] } })
        }
        return merge(answers, parts: parts, lengths: lengths)
    }

    /// The search over `names`, its parts side by side.
    static func earliestTwins(of names: NameList, typos: Int, typoLength: Int, window: Int) -> EarliestTwins {
        let lengths = (0..<names.count).map { Int32(names.length($0)) }
        let parts = names.count < parallelFrom ? [0...Int.max] : lengthRanges(lengths, parts: 4)
        let index = NameIndex(typos: typos, typoLength: typoLength, window: window)
        let found = Slots<EarliestTwins>(count: parts.count)
        onThreads(parts.count) { part in found.set(part, index.earliestTwins(in: names, lengths: parts[part])) }
        return merge(found.all, parts: parts, lengths: lengths)
    }

    /// The answers of the parts, for the names of `lengths` in list order: each name's comes
    /// next from the part for its length.
    private static func merge(_ answers: [EarliestTwins], parts: [ClosedRange<Int>], lengths: [Int32]) -> EarliestTwins {
        guard answers.count > 1 else { return answers[0] }
        var next = answers.map { $0.makeIterator() }, twins = EarliestTwins()
        twins.reserveCapacity(lengths.count)
        for length in lengths { twins.append(next[parts.firstIndex { $0.contains(Int(length)) }!].next()!) }
        return twins
    }

    /// Ranges of lengths, in order and covering every length, each holding about as many of `lengths`.
    static func lengthRanges(_ lengths: [Int32], parts: Int) -> [ClosedRange<Int>] {
        let lengths = lengths.sorted()
        var ranges: [ClosedRange<Int>] = []
        var lower = 0
        for part in 1..<parts {
            let boundary = Int(lengths[lengths.count * part / parts])
            if boundary > lower {
                ranges.append(lower...(boundary - 1))
                lower = boundary
            }
        }
        ranges.append(lower...Int.max)
        return ranges
    }
}
