/// For each name of a list, the position of the earliest earlier name that is the same or a
/// typo apart, or nil when there is none (see `NameIndex`): four bytes a name.
struct EarliestTwins: RandomAccessCollection, Equatable {
    private var twins: [OptionalPlace]

    init() { twins = [] }

    init(_ twins: some Collection<Int?>) { self.twins = twins.map(OptionalPlace.init) }

    var startIndex: Int { 0 }
    var endIndex: Int { twins.count }

    subscript(position: Int) -> Int? { twins[position].place }

    mutating func reserveCapacity(_ count: Int) { twins.reserveCapacity(count) }

    mutating func append(_ twin: Int?) { twins.append(OptionalPlace(twin)) }
}
