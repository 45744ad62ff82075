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

        /// The relations stated at `account`'s cells. They lie together: relations are added
        /// in the order of their accounts.
        func stated(at account: Int) -> Range<Int> { firstStated(atOrAfter: account)..<firstStated(atOrAfter: account + 1) }

        /// Gives back the room left over from appending.
        mutating func fit() { stored = stored.fitted() }

        /// The first relation stated at `account` or a later account, by halving.
        private func firstStated(atOrAfter account: Int) -> Int {
            var low = 0, high = stored.count
            while low < high {
                let middle = (low + high) / 2
                if Int(stored[middle].account) < account { low = middle + 1 } else { high = middle }
            }
            return low
        }
    }
}
