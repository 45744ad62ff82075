import RenstraModel

/// The money of a document as sums that must hold: each parent's pagu is the sum of its
/// children's for every year and for the period, and each row's end-of-period Rp is the sum of
/// its years. Amounts are exact whole Rupiah; a dash and an empty cell count as nothing, an
/// unreadable cell makes every sum it is in undecidable.
struct MoneyLedger {
    /// A row that carries money: a node with pagu, or the grand total.
    struct Account {
        let subject: Subject
        let program: Subject?
        /// Nil for the grand total.
        let level: Level?
        let years: [Int: Pagu]
        let akhir: Pagu?
        var children: [Int] = []
    }

    /// One money cell: an account's year or its end of period.
    struct Cell: Hashable, Comparable {
        let account: Int
        let period: Period

        static func < (lhs: Cell, rhs: Cell) -> Bool { (lhs.account, lhs.period) < (rhs.account, rhs.period) }
    }

    /// A sum that must hold: `stated` equals the sum of `parts`.
    struct Relation: Hashable {
        enum Kind: Hashable {
            /// A parent's cell is the sum of its children's.
            case children
            /// A row's end-of-period Rp is the sum of its years.
            case row
        }

        let kind: Kind
        let stated: Cell
        let parts: [Cell]
    }

    let accounts: [Account]
    let relations: [Relation]
    /// The relations each cell takes part in, stated or summed.
    let relationsOfCell: [Cell: [Int]]
    /// Amounts set by the reconciliation in place of the printed ones.
    private(set) var corrections: [Cell: Int64] = [:]
    /// Each relation's stated amount less its sum, kept up to date as cells are corrected; nil
    /// when undecidable.
    private var differences: [Int64?] = []

    init(_ document: RenstraDocument, _ index: NodeIndex) {
        var accounts: [Account] = []
        var accountOfEntry: [Int: Int] = [:]
        var roots: [Int] = []
        for (position, entry) in index.entries.enumerated() {
            let node = entry.node
            let states = Array(node.pagu.values.map(\.state)) + [node.paguAkhir?.state].compactMap { $0 }
            guard states.contains(where: { $0 != .missing }) else { continue }
            let account = accounts.count
            accountOfEntry[position] = account
            accounts.append(Account(subject: entry.subject, program: index.program(of: position), level: node.level,
                                    years: node.pagu, akhir: node.paguAkhir))
            var ancestor = entry.parent
            while let current = ancestor, accountOfEntry[current] == nil { ancestor = index.entries[current].parent }
            if let parent = ancestor.flatMap({ accountOfEntry[$0] }) { accounts[parent].children.append(account) } else { roots.append(account) }
        }
        if let total = document.total {
            accounts.append(Account(subject: .total(total), program: nil, level: nil, years: total.pagu,
                                    akhir: total.paguAkhir, children: roots))
        }
        self.accounts = accounts
        relations = Self.relations(accounts, years: document.years)
        var relationsOfCell: [Cell: [Int]] = [:]
        for (position, relation) in relations.enumerated() {
            for cell in [relation.stated] + relation.parts { relationsOfCell[cell, default: []].append(position) }
        }
        self.relationsOfCell = relationsOfCell
        differences = relations.map { _ in nil }
        for index in relations.indices { differences[index] = computeDifference(relations[index]) }
    }

    /// The sums of the accounts. A parent's sum is checked where all its children have the
    /// cell; an account of a level whose other accounts have children, but which has none,
    /// is checked against an empty sum.
    private static func relations(_ accounts: [Account], years: [Int]) -> [Relation] {
        let summingLevels = Set(accounts.filter { !$0.children.isEmpty }.map(\.level))
        var relations: [Relation] = []
        for (position, account) in accounts.enumerated() {
            if !account.children.isEmpty || summingLevels.contains(account.level) {
                let children = account.children.map { accounts[$0] }
                for year in years where account.years[year] != nil && children.allSatisfy({ $0.years[year] != nil }) {
                    relations.append(Relation(kind: .children, stated: Cell(account: position, period: .year(year)),
                                              parts: account.children.map { Cell(account: $0, period: .year(year)) }))
                }
                if account.akhir != nil, children.allSatisfy({ $0.akhir != nil }) {
                    relations.append(Relation(kind: .children, stated: Cell(account: position, period: .endOfPeriod),
                                              parts: account.children.map { Cell(account: $0, period: .endOfPeriod) }))
                }
            }
            if account.akhir != nil, !account.years.isEmpty {
                relations.append(Relation(kind: .row, stated: Cell(account: position, period: .endOfPeriod),
                                          parts: years.filter { account.years[$0] != nil }.map { Cell(account: position, period: .year($0)) }))
            }
        }
        return relations
    }

    /// The cell's figure as printed.
    func figure(_ cell: Cell) -> Pagu? {
        switch cell.period {
        case .year(let year): return accounts[cell.account].years[year]
        case .endOfPeriod: return accounts[cell.account].akhir
        }
    }

    /// The cell as printed, in Rupiah: nothing for a dash or an empty cell, nil when unreadable.
    func printed(_ cell: Cell) -> Int64? {
        guard let figure = figure(cell) else { return nil }
        switch figure.state {
        case .value(let rupiah): return rupiah.value
        case .none, .missing: return 0
        case .unreadable: return nil
        }
    }

    /// The cell's amount, as corrected so far.
    func amount(_ cell: Cell) -> Int64? { corrections[cell] ?? printed(cell) }

    /// The exact sum of the parts, or nil when a part is unreadable or the sum overflows.
    func sum(_ relation: Relation) -> Int64? {
        var total = Rupiah.zero
        for part in relation.parts {
            guard let amount = amount(part), let next = Rupiah.adding(total, Rupiah(amount)) else { return nil }
            total = next
        }
        return total.value
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
        corrections[cell] = amount
        for index in relationsOfCell[cell] ?? [] { differences[index] = computeDifference(relations[index]) }
    }

    private func computeDifference(_ relation: Relation) -> Int64? {
        guard let stated = amount(relation.stated), let sum = sum(relation) else { return nil }
        let (difference, overflow) = stated.subtractingReportingOverflow(sum)
        return overflow ? nil : difference
    }

    /// Where a cell sits in the sheet.
    func location(_ cell: Cell) -> CellLocation? { figure(cell)?.at }
}
