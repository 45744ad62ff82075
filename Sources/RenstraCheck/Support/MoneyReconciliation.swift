/// Works out which cells the broken money sums blame, so that each slip is reported once,
/// where it is, and no correct total is reported for a wrong part.
///
/// 1. A cell is a **culprit** when every sum it takes part in is broken and at least two of
///    them agree on the one amount that would mend them (a program's 2017 Rp that is neither
///    the sum of its kegiatan nor agrees with its own end-of-period Rp and its bidang).
/// 2. When no cell is a culprit, a row whose end-of-period Rp is not the sum of its years has
///    that end-of-period cell recomputed: the years are what the plan states.
/// 3. Sums still broken then are reported as they stand, with corrected amounts counted in.
///    A period sum is left out when the broken yearly sums of the same parent account for it.
struct MoneyReconciliation: Sendable {
    enum Verdict {
        /// One cell whose corrected amount mends the sums in `relations`.
        case culprit(MoneyLedger.Cell, printed: Int64, expected: Int64, relations: [MoneyLedger.Relation],
                     before: [MoneyLedger.Relation: Amounts], consequences: [MoneyLedger.Relation])
        /// A row's end-of-period Rp recomputed from its years.
        case endOfPeriod(MoneyLedger.Relation, printed: Int64, expected: Int64, consequences: [MoneyLedger.Relation])
        /// A sum that no single cell mends: `stated` against `sum`, after the corrections above.
        case unbalanced(MoneyLedger.Relation, stated: Int64, sum: Int64)
    }

    /// A sum's stated amount and the sum of its parts, at the moment a verdict was reached.
    struct Amounts {
        let stated: Int64
        let sum: Int64
    }

    private(set) var ledger: MoneyLedger
    private(set) var verdicts: [Verdict] = []
    /// The sums broken as printed, and those a verdict has since mended.
    private let broken: Set<Int>
    private var settled = Set<Int>()

    init(_ ledger: MoneyLedger) {
        self.ledger = ledger
        broken = Set(ledger.relations.indices.filter(ledger.isBroken))
        while true {
            if blameCulprits() { continue }
            let rows = self.ledger.relations.indices.filter { self.ledger.relations[$0].kind == .row && self.ledger.isBroken($0) }
            guard !rows.isEmpty else { break }
            for row in rows {
                let relation = self.ledger.relations[row]
                guard let printed = self.ledger.amount(relation.stated), let sum = self.ledger.sum(relation) else { continue }
                self.ledger.correct(relation.stated, to: sum)
                verdicts.append(.endOfPeriod(relation, printed: printed, expected: sum, consequences: settle([row], at: relation.stated)))
            }
        }
        verdicts += unbalanced()
    }

    /// Marks `own` as mended, and returns the other sums broken as printed that hold now and
    /// are not stated at the corrected cell itself.
    private mutating func settle(_ own: Set<Int>, at cell: MoneyLedger.Cell) -> [MoneyLedger.Relation] {
        let now = broken.subtracting(settled).subtracting(own).filter(ledger.holds)
            .filter { ledger.relations[$0].stated != cell }.sorted()
        settled.formUnion(now)
        settled.formUnion(own)
        return now.map { ledger.relations[$0] }
    }

    /// Sweeps the cells of the broken sums, most agreeing sums first, and corrects each culprit
    /// as it is found; true when one was.
    private mutating func blameCulprits() -> Bool {
        let cells = Set(ledger.relations.indices.filter(ledger.isBroken).flatMap {
            [ledger.relations[$0].stated] + ledger.parts(ledger.relations[$0])
        }).sorted()
        var found = false
        for agreeing in stride(from: 4, through: 2, by: -1) {
            for cell in cells {
                guard let (amount, own) = culprit(cell), own.count >= agreeing else { continue }
                let printed = ledger.amount(cell) ?? 0
                let relations = own.sorted().map { ledger.relations[$0] }
                var before: [MoneyLedger.Relation: Amounts] = [:]
                for (index, relation) in zip(own.sorted(), relations) {
                    if let stated = ledger.amount(relation.stated), let difference = ledger.difference(index) {
                        before[relation] = Amounts(stated: stated, sum: stated - difference)
                    }
                }
                ledger.correct(cell, to: amount)
                verdicts.append(.culprit(cell, printed: printed, expected: amount, relations: relations, before: before,
                                         consequences: settle(own, at: cell)))
                found = true
            }
        }
        return found
    }

    /// The one amount that mends at least two of the cell's sums, when every sum the cell is in
    /// is broken and no other amount mends as many.
    private func culprit(_ cell: MoneyLedger.Cell) -> (Int64, Set<Int>)? {
        var byAmount: [Int64: Set<Int>] = [:]
        for relation in ledger.relations(of: cell) {
            guard let difference = ledger.difference(relation) else { continue }
            if difference == 0 { return nil }
            if let amount = ledger.amount(cell, making: relation) { byAmount[amount, default: []].insert(relation) }
        }
        let sizes = byAmount.values.map(\.count).sorted(by: >)
        guard let top = sizes.first, top >= 2, sizes.dropFirst().first != top,
              let (amount, relations) = byAmount.first(where: { $0.value.count == top }) else { return nil }
        return (amount, relations)
    }

    /// The sums still broken, less the period sums their parent's yearly sums account for.
    private func unbalanced() -> [Verdict] {
        let broken = ledger.relations.indices.filter(ledger.isBroken)
        var yearly: [Int: Int64] = [:]
        for index in broken where ledger.relations[index].kind == .children && ledger.relations[index].stated.period != .endOfPeriod {
            yearly[ledger.relations[index].stated.account, default: 0] &+= ledger.difference(index) ?? 0
        }
        return broken.compactMap { index in
            let relation = ledger.relations[index]
            guard let stated = ledger.amount(relation.stated), let difference = ledger.difference(index) else { return nil }
            if relation.kind == .children, relation.stated.period == .endOfPeriod,
               let explained = yearly[relation.stated.account], explained == difference { return nil }
            return .unbalanced(relation, stated: stated, sum: stated - difference)
        }
    }
}
