/// For every name of a list, the earliest earlier name that is the same or a typo apart (see
/// `NameIndex`), worked out on several threads. Names more than `typos` letters longer or shorter
/// cannot be a typo apart, so the list is split by length: each part answers for the names of
/// one range of lengths, on a thread of its own, reading only the names it can meet (its range
/// widened by `typos` on each side), in list order. Each part gives exactly what one index of
/// the whole list would.
enum TwinSearch {
    /// Lists shorter than this are searched on one thread.
    static let parallelFrom = 4_096

    static func earliestTwins(of names: NameList, typos: Int, typoLength: Int, window: Int) -> EarliestTwins {
        let parts = names.count < parallelFrom ? [0...Int.max] : lengthRanges(names, parts: 4)
        let index = NameIndex(typos: typos, typoLength: typoLength, window: window)
        let twins = Slots<OptionalPlace>(count: names.count)
        onThreads(parts.count) { part in
            let asked = parts[part]
            var answers = index.earliestTwins(in: names, lengths: asked).makeIterator()
            for position in 0..<names.count where asked.contains(names.length(position)) {
                twins.set(position, OptionalPlace(answers.next()!))
            }
        }
        return EarliestTwins(twins.all)
    }

    /// Ranges of lengths, in order and covering every length, each holding about as many names.
    static func lengthRanges(_ names: NameList, parts: Int) -> [ClosedRange<Int>] {
        let lengths = (0..<names.count).map(names.length).sorted()
        var ranges: [ClosedRange<Int>] = []
        var lower = 0
        for part in 1..<parts {
            let boundary = lengths[lengths.count * part / parts]
            if boundary > lower {
                ranges.append(lower...(boundary - 1))
                lower = boundary
            }
        }
        ranges.append(lower...Int.max)
        return ranges
    }
}
