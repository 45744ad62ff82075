import RenstraModel

/// The money of a document as sums that must hold: each parent's pagu is the sum of its
/// children's for every year and for the period, and each row's end-of-period Rp is the sum of
/// its years. Amounts are exact whole Rupiah; a dash and an empty cell count as nothing, an
/// unreadable cell makes every sum it is in undecidable.
///
/// The amounts are kept in one array, `years.count + 1` cells per account (its years in the
/// document's order, then its end of period); the figures themselves stay on the nodes and are
/// looked up only to say where a cell is.
struct MoneyLedger: Sendable {
    /// A row that carries money: a node with pagu, or the grand total.
    struct Account {
        /// The node's place in the index; none for the grand total.
        private let entryPlace: OptionalPlace
        private var parentAccount = OptionalPlace.none
        private var firstRelation: Int32 = 0, endRelation: Int32 = 0
        var children: [Int] = []
        /// Nil for the grand total.
        let level: Level?
        /// Whether the row has a pagu for any year.
        let hasYears: Bool
        /// Whether the row has an end-of-period pagu.
        let hasAkhir: Bool

        init(entry: Int?, level: Level?, hasYears: Bool, hasAkhir: Bool) {
            entryPlace = OptionalPlace(entry)
            self.level = level
            self.hasYears = hasYears
            self.hasAkhir = hasAkhir
        }

        /// The node's place in the index; nil for the grand total.
        var entry: Int? { entryPlace.place }

        /// The account whose children this one is among.
        var parent: Int? {
            get { parentAccount.place }
            set { parentAccount = OptionalPlace(newValue) }
        }

        /// The relations stated at this account's cells.
        var relations: Range<Int> {
            get { Int(firstRelation)..<Int(endRelation) }
            set { (firstRelation, endRelation) = (Int32(newValue.lowerBound), Int32(newValue.upperBound)) }
        }
    }

    /// One money cell: an account's year or its end of period.
    struct Cell: Hashable, Comparable {
        let account: Int
        let period: Period

        static func < (lhs: Cell, rhs: Cell) -> Bool { (lhs.account, lhs.period) < (rhs.account, rhs.period) }
    }

    /// A sum that must hold: `stated` equals the sum of its parts (see `parts(_:)`).
    struct Relation: Hashable {
        enum Kind: Hashable {
            /// A parent's cell is the sum of its children's.
            case children
            /// A row's end-of-period Rp is the sum of its years.
            case row
        }

        let kind: Kind
        let stated: Cell
    }

    let accounts: [Account]
    let relations: Relations
    let years: PlanYears
    private let index: NodeIndex
    private let total: TotalRow?
    /// Each account's cells as printed, by `place(_:_:)`: a dash or an empty cell holds nothing.
    private let printed: AmountCells
    /// Amounts set by the reconciliation in place of the printed ones, by place in `printed`.
    private var corrections: [Int: Int64] = [:]
    /// Each relation's stated amount less its sum, kept up to date as cells are corrected.
    private var differences: AmountCells

    init(_ document: RenstraDocument, _ index: NodeIndex) {
        let years = PlanYears(document.years), width = years.count + 1
        // The account of each entry that carries money, or -1.
        var accountOfEntry = [Int32](repeating: -1, count: index.entries.count)
        var count = 0
        for (position, entry) in index.entries.enumerated() {
            let pagu = entry.node.pagu, akhir = entry.node.paguAkhir
            guard pagu.values.contains(where: { !$0.isMissing }) || !(akhir?.isMissing ?? true) else { continue }
            accountOfEntry[position] = Int32(count)
            count += 1
        }
        if document.total != nil { count += 1 }
        precondition(count < Int(Int32.max), "too many accounts")
        var accounts: [Account] = []
        accounts.reserveCapacity(count)
        var printed = AmountCells(count: count * width, .absent)
        func open(_ entry: Int?, level: Level?, pagu: ByYear<Pagu>, akhir: Pagu?) {
            let start = accounts.count * width
            func enter(_ place: Int, _ state: Pagu.State) {
                switch state {
                case .value(let rupiah): printed.set(start + place, rupiah.value)
                case .none, .missing: printed.set(start + place, 0)
                case .unreadable: printed.set(start + place, .unreadable)
                }
            }
            let paguYears = pagu.keys, figures = pagu.values
            for item in figures.indices {
                if let place = years.place(of: paguYears[item]) { enter(place, figures[item].state) }
            }
            if let akhir { enter(years.count, akhir.state) }
            accounts.append(Account(entry: entry, level: level, hasYears: !pagu.isEmpty, hasAkhir: akhir != nil))
        }
        for position in index.entries.indices where accountOfEntry[position] >= 0 {
            let account = accounts.count, node = index.entries[position].node
            open(position, level: index.levels[position], pagu: node.pagu, akhir: node.paguAkhir)
            var ancestor = index.entries[position].parent
            while let current = ancestor, accountOfEntry[current] < 0 { ancestor = index.entries[current].parent }
            accounts[account].parent = ancestor.map { Int(accountOfEntry[$0]) }
        }
        if let total = document.total {
            let account = accounts.count
            open(nil, level: nil, pagu: total.pagu, akhir: total.paguAkhir)
            for root in 0..<account where accounts[root].parent == nil { accounts[root].parent = account }
        }
        Self.fillChildren(&accounts)
        self.years = years
        self.index = index
        self.total = document.total
        self.printed = printed
        relations = Self.relations(&accounts, printed, years)
        self.accounts = accounts
        differences = AmountCells(count: relations.count, .undecidable)
        for position in relations.indices { differences.set(position, difference(of: relations[position]), or: .undecidable) }
    }

    /// Lists each account among its parent's children, in order, each list taking the room it needs.
    private static func fillChildren(_ accounts: inout [Account]) {
        var counts = [Int32](repeating: 0, count: accounts.count)
        for account in accounts { if let parent = account.parent { counts[parent] += 1 } }
        for position in accounts.indices where counts[position] > 0 {
            accounts[position].children.reserveCapacity(Int(counts[position]))
        }
        for position in accounts.indices { if let parent = accounts[position].parent { accounts[parent].children.append(position) } }
    }

    /// The sums of the accounts. A parent's sum is checked where all its children have the
    /// cell; an account of a level whose other accounts have children, but which has none,
    /// is checked against an empty sum.
    private static func relations(_ accounts: inout [Account], _ printed: AmountCells, _ years: PlanYears) -> Relations {
        let width = years.count + 1
        var summingLevels = Set<Level?>()
        for account in accounts where !account.children.isEmpty { summingLevels.insert(account.level) }
        var relations = Relations(years)
        for position in accounts.indices {
            let account = accounts[position], start = relations.count
            if !account.children.isEmpty || summingLevels.contains(account.level) {
                for place in years.years.indices
                where !printed.holds(.absent, at: position * width + place)
                    && account.children.allSatisfy({ !printed.holds(.absent, at: $0 * width + place) }) {
                    relations.append(.children, account: position, place: place)
                }
                if account.hasAkhir, account.children.allSatisfy({ accounts[$0].hasAkhir }) {
                    relations.append(.children, account: position, place: years.count)
                }
            }
            if account.hasAkhir, account.hasYears {
                relations.append(.row, account: position, place: years.count)
            }
            accounts[position].relations = start..<relations.count
        }
        relations.fit()
        return relations
    }

    /// The cells `relation` adds up: the children's same cell, or the row's years.
    func parts(_ relation: Relation) -> [Cell] {
        let stated = relation.stated
        switch relation.kind {
        case .children: return accounts[stated.account].children.map { Cell(account: $0, period: stated.period) }
        case .row:
            return years.years.indices.filter { !printed.holds(.absent, at: place(stated.account, $0)) }
                .map { Cell(account: stated.account, period: .year(years.years[$0])) }
        }
    }

    /// The relations `cell` takes part in, stated or summed, in order.
    func relations(of cell: Cell) -> [Int] {
        let account = accounts[cell.account]
        var found = account.relations.filter { position in
            let relation = relations[position]
            return relation.stated == cell || relation.kind == .row && cell.period != .endOfPeriod && isPresent(cell)
        }
        if let parent = account.parent {
            found += accounts[parent].relations.filter {
                relations[$0].kind == .children && relations[$0].stated.period == cell.period
            }
        }
        return found.sorted()
    }

    /// The cell's figure as printed.
    func figure(_ cell: Cell) -> Pagu? {
        let account = accounts[cell.account]
        let pagu: ByYear<Pagu>, akhir: Pagu?
        if let entry = account.entry {
            (pagu, akhir) = (index.entries[entry].node.pagu, index.entries[entry].node.paguAkhir)
        } else {
            (pagu, akhir) = (total?.pagu ?? [:], total?.paguAkhir)
        }
        switch cell.period {
        case .year(let year): return pagu[year]
        case .endOfPeriod: return akhir
        }
    }

    /// Where a cell sits in the sheet.
    func location(_ cell: Cell) -> CellLocation? { figure(cell)?.at }

    /// The node (or grand total) an account is the money of.
    func subject(_ account: Int) -> Subject {
        accounts[account].entry.map { index.entries[$0].subject } ?? .total(total!)
    }

    /// The program an account's node lies under.
    func program(_ account: Int) -> Subject? { accounts[account].entry.flatMap(index.program(of:)) }

    /// The amount printed in the account's year at `place` among the years: nothing for a dash
    /// or an empty cell, nil when absent or unreadable.
    func printed(_ account: Int, year place: Int) -> Int64? { printed[self.place(account, place)] }

    /// The cell's amount, as corrected so far.
    func amount(_ cell: Cell) -> Int64? { place(cell).flatMap(amount(at:)) }

    /// Whether the reconciliation has set the cell's amount.
    func isCorrected(_ cell: Cell) -> Bool { place(cell).map { corrections[$0] != nil } ?? false }

    /// The exact sum of the parts, or nil when a part is unreadable or the sum overflows.
    func sum(_ relation: Relation) -> Int64? {
        let stated = relation.stated
        var total: Int64 = 0
        func add(_ place: Int) -> Bool {
            guard let amount = amount(at: place) else { return false }
            let (next, overflow) = total.addingReportingOverflow(amount)
            total = next
            return !overflow
        }
        switch relation.kind {
        case .children:
            guard let period = periodPlace(stated.period) else { return nil }
            for child in accounts[stated.account].children where !add(place(child, period)) { return nil }
        case .row:
            for year in 0..<years.count where !printed.holds(.absent, at: place(stated.account, year)) {
                guard add(place(stated.account, year)) else { return nil }
            }
        }
        return total
    }

    /// Stated minus summed for relation `index`, or nil when undecidable.
    func difference(_ index: Int) -> Int64? { differences[index] }

    func holds(_ relation: Int) -> Bool { differences[relation] == 0 }

    func isBroken(_ relation: Int) -> Bool { differences[relation].map { $0 != 0 } ?? false }

    /// The amount `cell` must have for relation `index` to hold, other cells unchanged.
    func amount(_ cell: Cell, making index: Int) -> Int64? {
        guard let current = amount(cell), let difference = differences[index] else { return nil }
        let (value, overflow) = relations[index].stated == cell ? current.subtractingReportingOverflow(difference)
            : current.addingReportingOverflow(difference)
        return overflow ? nil : value
    }

    /// Sets the cell's amount, and brings the differences of its relations up to date.
    mutating func correct(_ cell: Cell, to amount: Int64) {
        guard let place = place(cell) else { return }
        corrections[place] = amount
        for index in relations(of: cell) { differences.set(index, difference(of: relations[index]), or: .undecidable) }
    }

    private func difference(of relation: Relation) -> Int64? {
        guard let stated = amount(relation.stated), let sum = sum(relation) else { return nil }
        let (difference, overflow) = stated.subtractingReportingOverflow(sum)
        return overflow ? nil : difference
    }

    private func amount(at place: Int) -> Int64? {
        if !corrections.isEmpty, let corrected = corrections[place] { return corrected }
        return printed[place]
    }

    private func isPresent(_ cell: Cell) -> Bool { place(cell).map { !printed.holds(.absent, at: $0) } ?? false }

    /// Where a cell's amount is kept: the account's cells, then the period's place among them.
    private func place(_ account: Int, _ period: Int) -> Int { account * (years.count + 1) + period }

    private func place(_ cell: Cell) -> Int? { periodPlace(cell.period).map { place(cell.account, $0) } }

    private func periodPlace(_ period: Period) -> Int? {
        switch period {
        case .year(let year): return years.place(of: year)
        case .endOfPeriod: return years.count
        }
    }
}
