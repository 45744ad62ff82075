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
        let found = Slots<EarliestTwins>(count: parts.count)
        onThreads(parts.count) { part in found.set(part, index.earliestTwins(in: names, lengths: parts[part])) }
        let answers = found.all
        guard answers.count > 1 else { return answers[0] }
        // Each name's answer comes next from the part for its length.
        var next = answers.map { $0.makeIterator() }, twins = EarliestTwins()
        twins.reserveCapacity(names.count)
        for position in 0..<names.count {
            let length = names.length(position)
            twins.append(next[parts.firstIndex { $0.contains(length) }!].next()!)
        }
        return twins
    }

    /// Ranges of lengths, in order and covering every length, each holding about as many names.
    static func lengthRanges(_ names: NameList, parts: Int) -> [ClosedRange<Int>] {
        let lengths = (0..<names.count).map { Int32(names.length($0)) }.sorted()
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
