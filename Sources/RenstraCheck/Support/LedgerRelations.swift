extension MoneyLedger {
    /// The relations of a ledger in order, kept in eight bytes each and read as `Relation`s.
    struct Relations: RandomAccessCollection, Sendable {
        /// A relation as kept: its kind, and the account and the place among its cells (the
        /// years in order, then the end of period) of the cell it is stated at.
        private struct Stored {
            let account: Int32
            let place: UInt16
            let kind: Relation.Kind
        }

        private var stored: [Stored] = []
        private let years: PlanYears

        init(_ years: PlanYears) {
            precondition(years.count < Int(UInt16.max), "too many years")
            self.years = years
        }

        var startIndex: Int { 0 }
        var endIndex: Int { stored.count }

        subscript(position: Int) -> Relation {
            let relation = stored[position], place = Int(relation.place)
            let period: Period = place < years.count ? .year(years.years[place]) : .endOfPeriod
            return Relation(kind: relation.kind, stated: Cell(account: Int(relation.account), period: period))
        }

        /// Adds a relation stated at the account's cell at `place` (`years.count` for its end of period).
        mutating func append(_ kind: Relation.Kind, account: Int, place: Int) {
            stored.append(Stored(account: Int32(account), place: UInt16(place), kind: kind))
        }

        /// Gives back the room left over from appending.
        mutating func fit() {
            stored = Array(unsafeUninitializedCapacity: stored.count) { buffer, count in
                count = stored.withUnsafeBufferPointer { buffer.initialize(fromContentsOf: $0) }
            }
        }
    }
}
