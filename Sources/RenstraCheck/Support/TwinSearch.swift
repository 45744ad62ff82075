
/// For every name of a list, the earliest earlier name that is the same or a typo apart (see
/// `NameIndex`), worked out on several threads. Names more than `typos` letters longer or shorter
/// cannot be a typo apart, so the list is split by length: each part answers for the names of
/// one range of lengths, on a thread of its own, with an index of the names it can meet (its
/// range widened by `typos` on each side), taken in list order. Each part gives exactly what one
/// index of the whole list would.
enum TwinSearch {
    /// Lists shorter than this are searched on one thread.
    static let parallelFrom = 4_096

    static func earliestTwins(of names: [[UInt8]], typos: Int, typoLength: Int, window: Int) -> [Int?] {
        let parts = names.count < parallelFrom ? [0...Int.max] : lengthRanges(names, parts: 4)
        let twins = Slots<Int?>(count: names.count)
        onThreads(parts.count) { part in
            let asked = parts[part]
            let met = (asked.lowerBound - typos)...(asked.upperBound == .max ? .max : asked.upperBound + typos)
            var index = NameIndex(typos: typos, typoLength: typoLength, window: window)
            var members: [Int] = []
            for (position, name) in names.enumerated() where met.contains(name.count) {
                let searched = asked.contains(name.count)
                members.append(position)
                let twin = index.add(name, searching: searched)
                if searched { twins.set(position, twin.map { members[$0] }) }
            }
        }
        return twins.all
    }

    /// Ranges of lengths, in order and covering every length, each holding about as many names.
    static func lengthRanges(_ names: [[UInt8]], parts: Int) -> [ClosedRange<Int>] {
        let lengths = names.map(\.count).sorted()
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
