/// Long names filed under the keys of their pieces (see `NameIndex`), each list in the order
/// filed: a `BucketTable` over two flat stores, the names' letter counts, read for every place
/// of a list, and the names' positions, read only where the counts pass.
struct PieceLists {
    private var table = BucketTable()
    private var letters: [LetterCounts] = []
    private var positions: [Int32] = []
    /// The lists under the keys asked about, kept between searches for its room.
    private var lists: [Range<Int>] = []
    /// What `BucketTable.touch` read, kept so that the reads are not left out.
    private var touched: Int32 = 0

    /// Makes room under `key` for one more name.
    mutating func reserve(under key: UInt64) { table.reserve(under: key) }

    /// Ends the reservations: lays the lists out, empty, for the names to be filed.
    mutating func layOut() {
        let places = table.layOut()
        letters = Array(repeating: LetterCounts(), count: places)
        positions = Array(repeating: 0, count: places)
    }

    /// Files the name at `position`, with its letter counts, under `key`, where room was reserved.
    mutating func file(_ position: Int, letters counts: LetterCounts, under key: UInt64) {
        let place = table.file(under: key)
        letters[place] = counts
        positions[place] = Int32(position)
    }

    /// Into `candidates`, in order (repeats and all), the positions of the names, among the
    /// latest `window` filed under each of `keys`, whose letter counts are within `limit` of `counts`.
    mutating func gather(
        under keys: [UInt64], window: Int, near counts: LetterCounts, within limit: Int, into candidates: inout [Int32]
    ) {
        // Every list is looked up before any is read, and the first place of each is read
        // before the rest, so that what rarely stands in cache is fetched from memory together.
        lists.removeAll(keepingCapacity: true)
        candidates.removeAll(keepingCapacity: true)
        touched &+= table.touch(keys)
        for key in keys {
            let list = table.list(key)
            lists.append(max(list.lowerBound, list.upperBound - window)..<list.upperBound)
        }
        letters.withUnsafeBufferPointer { letters in
            for list in lists where !list.isEmpty && letters[list.lowerBound].isWithin(limit, of: counts) {
                candidates.append(positions[list.lowerBound])
            }
            for list in lists where list.count > 1 {
                for place in list.dropFirst() where letters[place].isWithin(limit, of: counts) {
                    candidates.append(positions[place])
                }
            }
        }
        candidates.sort()
    }
}
