import RenstraModel

/// The money of a document as sums that must hold: each parent's pagu is the sum of its
/// children's for every year and for the period, and each row's end-of-period Rp is the sum of
/// its years. Amounts are exact whole Rupiah; a dash and an empty cell count as nothing, an
/// unreadable cell makes every sum it is in undecidable.
///
/// The amounts stay on the nodes. The ledger keeps the accounts, the sums, and each sum's
/// stated amount less its parts', worked out in one pass over the accounts that reads a row's
/// figures as its own and as a part of its parent's sums. The reconciliation reads a cell's
/// amount from its figure again only around the sums that are broken.
struct MoneyLedger: Sendable {
    /// A row that carries money: a node with pagu, or the grand total. Twelve bytes.
    struct Account {
        /// The node's place in the index; none for the grand total.
        private let entryPlace: OptionalPlace
        private var parentAccount = OptionalPlace.none
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
    private let cells: PrintedCells
    /// Each account's children, in order: those of account `a` are `childList[childStarts[a]..<childStarts[a + 1]]`.
    private let childStarts: [Int32]
    private let childList: [Int32]
    /// Amounts set by the reconciliation in place of the printed ones, by `place(_:_:)`.
    private var corrections: [Int: Int64] = [:]
    /// Each relation's stated amount less its sum, or none when undecidable, kept up to date as
    /// cells are corrected.
    private var differences: AmountCells

    init(_ document: RenstraDocument, _ index: NodeIndex) {
        let years = PlanYears(document.years)
        // Each entry that carries money opens an account, in order, under the account of its
        // nearest ancestor that does (which comes before it); the account of each entry, or -1.
        var accountOfEntry = [Int32](repeating: -1, count: index.entries.count)
        var accounts: [Account] = []
        accounts.reserveCapacity(index.entries.count + 1)
        for (position, entry) in index.entries.enumerated() {
            let pagu = entry.node.pagu, akhir = entry.node.paguAkhir
            guard pagu.values.contains(where: { !$0.isMissing }) || !(akhir?.isMissing ?? true) else { continue }
            accountOfEntry[position] = Int32(accounts.count)
            var account = Account(entry: position, level: index.levels[position], hasYears: !pagu.isEmpty, hasAkhir: akhir != nil)
            var ancestor = entry.parent
            while let current = ancestor, accountOfEntry[current] < 0 { ancestor = index.entries[current].parent }
            account.parent = ancestor.map { Int(accountOfEntry[$0]) }
            accounts.append(account)
        }
        if let total = document.total {
            let account = accounts.count
            accounts.append(Account(entry: nil, level: nil, hasYears: !total.pagu.isEmpty, hasAkhir: total.paguAkhir != nil))
            for root in 0..<account where accounts[root].parent == nil { accounts[root].parent = account }
        }
        (childStarts, childList) = Self.children(accounts)
        cells = PrintedCells(index: index, total: document.total, years: years)
        (relations, differences) = Self.sums(accounts, childStarts, childList, cells)
        self.accounts = accounts
        self.years = years
    }

    /// Lists each account among its parent's children, in order, all in one list.
    private static func children(_ accounts: [Account]) -> (starts: [Int32], list: [Int32]) {
        var starts = [Int32](repeating: 0, count: accounts.count + 1)
        for account in accounts { if let parent = account.parent { starts[parent + 1] += 1 } }
        for position in accounts.indices { starts[position + 1] += starts[position] }
        var list = [Int32](repeating: 0, count: Int(starts[accounts.count]))
        var next = starts
        for position in accounts.indices {
            guard let parent = accounts[position].parent else { continue }
            list[Int(next[parent])] = Int32(position)
            next[parent] += 1
        }
        return (starts, list)
    }

    /// The sums of the accounts, with their differences. A parent's sum is checked where all its
    /// children have the cell; an account of a level whose other accounts have children, but
    /// which has none, is checked against an empty sum.
    private static func sums(_ accounts: [Account], _ childStarts: [Int32], _ childList: [Int32],
                             _ cells: PrintedCells) -> (Relations, AmountCells) {
        let years = cells.years, width = years.count + 1
        var summingLevels = Set<Level?>()
        for position in accounts.indices where childStarts[position] < childStarts[position + 1] {
            summingLevels.insert(accounts[position].level)
        }
        var relations = Relations(years), differences = AmountCells()
        func add(_ kind: Relation.Kind, _ account: Int, _ place: Int, stated: PrintedCell, sum: Int64?) {
            relations.append(kind, account: account, place: place)
            guard let stated = stated.amount, let sum else { return differences.append(nil) }
            differences.append(.exactly(stated, minus: sum))
        }
        // The account's cells, and for each place how many children have the cell and their sum
        // there (nil once undecidable); kept between accounts.
        var own = [PrintedCell](repeating: .absent, count: width)
        var having = [Int](repeating: 0, count: width), childrenSum = [Int64?](repeating: 0, count: width)
        for position in accounts.indices {
            let account = accounts[position], children = childList[Int(childStarts[position])..<Int(childStarts[position + 1])]
            cells.read(account, into: &own)
            if !children.isEmpty || summingLevels.contains(account.level) {
                for place in 0..<width { (having[place], childrenSum[place]) = (0, 0) }
                for other in children {
                    cells.forEachCell(of: accounts[Int(other)]) { place, cell in
                        having[place] += 1
                        childrenSum[place] = PrintedCell.adding(cell, to: childrenSum[place])
                    }
                }
                for place in years.years.indices where own[place] != .absent && having[place] == children.count {
                    add(.children, position, place, stated: own[place], sum: childrenSum[place])
                }
                if account.hasAkhir, having[years.count] == children.count {
                    add(.children, position, years.count, stated: own[years.count], sum: childrenSum[years.count])
                }
            }
            if account.hasAkhir, account.hasYears {
                var sum: Int64? = 0
                for place in years.years.indices where own[place] != .absent { sum = PrintedCell.adding(own[place], to: sum) }
                add(.row, position, years.count, stated: own[years.count], sum: sum)
            }
        }
        relations.fit()
        differences.fit()
        return (relations, differences)
    }

    /// The accounts whose parent `account` is, in order.
    func children(of account: Int) -> some RandomAccessCollection<Int> {
        childList[Int(childStarts[account])..<Int(childStarts[account + 1])].lazy.map { Int($0) }
    }

    /// The cells `relation` adds up: the children's same cell, or the row's years.
    func parts(_ relation: Relation) -> [Cell] {
        let stated = relation.stated
        switch relation.kind {
        case .children: return children(of: stated.account).map { Cell(account: $0, period: stated.period) }
        case .row:
            return years.years.indices.filter { printed(stated.account, $0) != .absent }
                .map { Cell(account: stated.account, period: .year(years.years[$0])) }
        }
    }

    /// The relations `cell` takes part in, stated or summed, in order.
    func relations(of cell: Cell) -> [Int] {
        var found = relations.stated(at: cell.account).filter { position in
            let relation = relations[position]
            return relation.stated == cell || relation.kind == .row && cell.period != .endOfPeriod && isPresent(cell)
        }
        if let parent = accounts[cell.account].parent {
            found += relations.stated(at: parent).filter {
                relations[$0].kind == .children && relations[$0].stated.period == cell.period
            }
        }
        return found.sorted()
    }

    /// The cell's figure as printed.
    func figure(_ cell: Cell) -> Pagu? { cells.figure(accounts[cell.account], cell.period) }

    /// Where a cell sits in the sheet.
    func location(_ cell: Cell) -> CellLocation? { figure(cell)?.at }

    /// The node (or grand total) an account is the money of.
    func subject(_ account: Int) -> Subject {
        accounts[account].entry.map { cells.index.entries[$0].subject } ?? .total(cells.total!)
    }

    /// The program an account's node lies under.
    func program(_ account: Int) -> Subject? { accounts[account].entry.flatMap(cells.index.program(of:)) }

    /// The cell's amount, as corrected so far.
    func amount(_ cell: Cell) -> Int64? { periodPlace(cell.period).flatMap { amount(cell.account, $0) } }

    /// Whether the reconciliation has set the cell's amount.
    func isCorrected(_ cell: Cell) -> Bool {
        periodPlace(cell.period).map { corrections[place(cell.account, $0)] != nil } ?? false
    }

    /// The exact sum of the parts, or nil when a part is unreadable or the sum overflows.
    func sum(_ relation: Relation) -> Int64? {
        let stated = relation.stated
        var total: Int64 = 0
        func add(_ account: Int, _ period: Int) -> Bool {
            guard let amount = amount(account, period), let next = Int64.exactly(total, plus: amount) else { return false }
            total = next
            return true
        }
        switch relation.kind {
        case .children:
            guard let period = periodPlace(stated.period) else { return nil }
            for child in children(of: stated.account) where !add(child, period) { return nil }
        case .row:
            for year in 0..<years.count where printed(stated.account, year) != .absent {
                guard add(stated.account, year) else { return nil }
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
        return relations[index].stated == cell ? .exactly(current, minus: difference) : .exactly(current, plus: difference)
    }

    /// Sets the cell's amount, and brings the differences of its relations up to date.
    mutating func correct(_ cell: Cell, to amount: Int64) {
        guard let period = periodPlace(cell.period) else { return }
        corrections[place(cell.account, period)] = amount
        for index in relations(of: cell) { differences[index] = difference(of: relations[index]) }
    }

    private func difference(of relation: Relation) -> Int64? {
        guard let stated = amount(relation.stated), let sum = sum(relation) else { return nil }
        return .exactly(stated, minus: sum)
    }

    /// The amount of the account's cell at `period` among its places, as corrected so far.
    private func amount(_ account: Int, _ period: Int) -> Int64? {
        if !corrections.isEmpty, let corrected = corrections[place(account, period)] { return corrected }
        return printed(account, period).amount
    }

    private func printed(_ account: Int, _ period: Int) -> PrintedCell {
        PrintedCell(cells.figure(accounts[account], period < years.count ? .year(years.years[period]) : .endOfPeriod))
    }

    private func isPresent(_ cell: Cell) -> Bool {
        periodPlace(cell.period).map { printed(cell.account, $0) != .absent } ?? false
    }

    /// Where a correction is kept: the account's cells, then the period's place among them.
    private func place(_ account: Int, _ period: Int) -> Int { account * (years.count + 1) + period }

    /// The place of a period among an account's cells: its years in order, then its end of period.
    private func periodPlace(_ period: Period) -> Int? {
        switch period {
        case .year(let year): return years.place(of: year)
        case .endOfPeriod: return years.count
        }
    }
}

/// A money cell as printed: not in the row, unreadable, or an amount (nothing for a dash or an
/// empty cell).
private enum PrintedCell: Equatable {
    case absent
    case unreadable
    case amount(Int64)

    init(_ figure: Pagu?) {
        switch figure?.state {
        case nil: self = .absent
        case .value(let rupiah)?: self = .amount(rupiah.value)
        case .none?, .missing?: self = .amount(0)
        case .unreadable?: self = .unreadable
        }
    }

    var amount: Int64? {
        if case .amount(let amount) = self { return amount }
        return nil
    }

    /// `sum` with `cell` added, or nil when the cell has no amount, the sum does not fit, or it
    /// was nil already.
    static func adding(_ cell: PrintedCell, to sum: Int64?) -> Int64? {
        guard let sum, let amount = cell.amount else { return nil }
        return .exactly(sum, plus: amount)
    }
}

/// Where the ledger reads its amounts: the pagu figures of the accounts' nodes, or of the grand total.
private struct PrintedCells: Sendable {
    let index: NodeIndex
    let total: TotalRow?
    let years: PlanYears

    /// The figure of the account's cell for `period`.
    func figure(_ account: MoneyLedger.Account, _ period: Period) -> Pagu? {
        let (pagu, akhir) = figures(account)
        switch period {
        case .year(let year): return pagu[year]
        case .endOfPeriod: return akhir
        }
    }

    /// Reads all the account's cells, by place, into `cells`.
    func read(_ account: MoneyLedger.Account, into cells: inout [PrintedCell]) {
        for place in cells.indices { cells[place] = .absent }
        forEachCell(of: account) { cells[$0] = $1 }
    }

    /// Calls `body` with the place and the cell of each cell the account has.
    func forEachCell(of account: MoneyLedger.Account, _ body: (Int, PrintedCell) -> Void) {
        // The figures are read in place, by index, rather than copied out.
        let (pagu, akhir) = figures(account), paguYears = pagu.keys, paguFigures = pagu.values
        for item in paguFigures.indices {
            if let place = years.place(of: paguYears[item]) { body(place, PrintedCell(paguFigures[item])) }
        }
        if let akhir { body(years.count, PrintedCell(akhir)) }
    }

    private func figures(_ account: MoneyLedger.Account) -> (ByYear<Pagu>, Pagu?) {
        guard let entry = account.entry else { return (total?.pagu ?? [:], total?.paguAkhir) }
        let node = index.entries[entry].node
        return (node.pagu, node.paguAkhir)
    }
}
