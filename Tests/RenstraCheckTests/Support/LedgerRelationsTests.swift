import Testing
@testable import RenstraCheck

/// The relations stated at an account are found by halving over the relations, kept in account order.
@Suite struct LedgerRelationsTests {
    @Test func eachAccountsRelationsAreFound() {
        var relations = MoneyLedger.Relations(PlanYears([2016, 2017]))
        let accounts = [0, 0, 2, 2, 2, 5]
        for (offset, account) in accounts.enumerated() { relations.append(offset.isMultiple(of: 2) ? .children : .row, account: account, place: offset % 3) }
        relations.fit()
        #expect(relations.count == accounts.count)
        #expect((0...6).map { relations.stated(at: $0) } == [0..<2, 2..<2, 2..<5, 5..<5, 5..<5, 5..<6, 6..<6])
        #expect(relations[4].kind == .children && relations[4].stated == MoneyLedger.Cell(account: 2, period: .year(2017)))
        #expect(relations[5].stated == MoneyLedger.Cell(account: 5, period: .endOfPeriod))
    }
}

/// The ledger works its sums out from the figures on the nodes: a sum with an unreadable part
/// is undecidable, the others exact.
@Suite struct MoneyLedgerTests {
    static let document = Tiny.document([Tiny.node(.program, 3, pagu: ["300", "200"], paguAkhir: "500", children: [
        Tiny.node(.kegiatan, 4, pagu: ["100", "100"], paguAkhir: "200"),
        Tiny.node(.kegiatan, 5, pagu: ["200", "######"], paguAkhir: "200"),
    ])])

    @Test func eachSumHasItsDifference() {
        let ledger = MoneyLedger(Self.document, NodeIndex(Self.document))
        #expect(ledger.accounts.count == 3 && Array(ledger.children(of: 0)) == [1, 2] && ledger.children(of: 1).isEmpty)
        let relations = ledger.relations.map { "\($0.kind) \($0.stated.account) \($0.stated.period)" }
        #expect(relations == ["children 0 year(2016)", "children 0 year(2017)", "children 0 endOfPeriod", "row 0 endOfPeriod",
                              "row 1 endOfPeriod", "row 2 endOfPeriod"])
        #expect(ledger.relations.indices.map(ledger.difference) == [0, nil, 100, 0, 0, nil])
        #expect(ledger.sum(ledger.relations[1]) == nil && ledger.sum(ledger.relations[2]) == 400)
        #expect(ledger.parts(ledger.relations[5]).map(\.period) == [.year(2016), .year(2017)])
        #expect(ledger.relations(of: MoneyLedger.Cell(account: 2, period: .year(2016))) == [0, 5])
    }

    @Test func aCorrectedCellBringsItsSumsUpToDate() {
        var ledger = MoneyLedger(Self.document, NodeIndex(Self.document))
        ledger.correct(MoneyLedger.Cell(account: 0, period: .endOfPeriod), to: 400)
        #expect(ledger.relations.indices.map(ledger.difference) == [0, nil, 0, -100, 0, nil])
        #expect(ledger.isCorrected(MoneyLedger.Cell(account: 0, period: .endOfPeriod)))
        #expect(ledger.amount(MoneyLedger.Cell(account: 1, period: .year(2017))) == 100)
        #expect(ledger.amount(MoneyLedger.Cell(account: 2, period: .year(2017))) == nil)
        #expect(MemoryLayout<MoneyLedger.Account>.stride == 12)
    }

    /// Amounts are added exactly or not at all: a sum past Int64 is undecidable, never wrapped,
    /// both in the ledger's first pass and when a correction brings a sum up to date.
    @Test func aSumPastInt64IsUndecidable() {
        let most = String(Int64.max)
        let document = Tiny.document([Tiny.node(.program, 3, pagu: [most, "2"], paguAkhir: most, children: [
            Tiny.node(.kegiatan, 4, pagu: [most, "1"], paguAkhir: most),
            Tiny.node(.kegiatan, 5, pagu: ["1", "1"], paguAkhir: "2"),
        ])])
        var ledger = MoneyLedger(document, NodeIndex(document))
        #expect(ledger.relations.indices.map(ledger.difference) == [nil, 0, nil, nil, nil, 0])
        #expect(ledger.sum(ledger.relations[0]) == nil && ledger.sum(ledger.relations[1]) == 2)
        ledger.correct(MoneyLedger.Cell(account: 2, period: .year(2016)), to: 0)
        #expect(ledger.difference(0) == 0 && ledger.amount(MoneyLedger.Cell(account: 0, period: .year(2016)), making: 0) == Int64.max)
        #expect(Int64.exactly(.max, plus: 1) == nil && Int64.exactly(.min, minus: 1) == nil && Int64.exactly(-2, minus: 3) == -5)
    }
}
