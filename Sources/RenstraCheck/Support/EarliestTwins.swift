/// For each name of a list, the position of the earliest earlier name that is the same or a
/// typo apart, or nil when there is none (see `NameIndex`): four bytes a name.
struct EarliestTwins: RandomAccessCollection, Equatable {
    /// The positions, -1 for none.
    private var twins: [Int32]

    init() { twins = [] }

    /// The twins as found by several threads, -1 for none.
    init(_ twins: [Int32]) { self.twins = twins }

    var startIndex: Int { 0 }
    var endIndex: Int { twins.count }

    subscript(position: Int) -> Int? { twins[position] < 0 ? nil : Int(twins[position]) }

    mutating func reserveCapacity(_ count: Int) { twins.reserveCapacity(count) }

    mutating func append(_ twin: Int?) { twins.append(Int32(twin ?? -1)) }
}
