import Testing
@testable import RenstraCheck
import RenstraModel

/// `FigureFlags` tells which rows carry money of their own: a row whose pagu is not the sum of
/// rows under it.
@Suite struct FigureFlagsTests {
    static func flags(_ nodes: [PlanNode]) -> [Int: FigureFlags.Flags] {
        let document = Tiny.document(nodes), index = NodeIndex(document), flags = FigureFlags(index)
        return Dictionary(uniqueKeysWithValues: index.entries.indices.map { (index.entries[$0].node.row.row, flags[$0]) })
    }

    @Test func moneyBelowIsCarriedUpEveryLevel() {
        let kegiatan = Tiny.node(.kegiatan, 5, pagu: ["100", "100"])
        let program = Tiny.node(.program, 4, pagu: ["", ""], paguAkhir: nil, children: [kegiatan])
        let flags = Self.flags([Tiny.node(.bidang, 3, pagu: ["", ""], paguAkhir: nil, children: [program])])
        let money: FigureFlags.Flags = [.paguGiven, .paguBelow]
        #expect(flags[3]?.intersection(money) == .paguBelow && flags[4]?.intersection(money) == .paguBelow)
        #expect(flags[5]?.intersection(money) == .paguGiven)
        #expect(flags.filter { $0.value.hasPaguOfItsOwn }.keys.sorted() == [5])
    }

    @Test func aParentWhoseRowsCarryNoMoneyHasItsOwn() {
        let bare = Tiny.node(.kegiatan, 4, pagu: ["", ""], paguAkhir: nil)
        let flags = Self.flags([Tiny.node(.program, 3, children: [bare])])
        #expect(flags[3]?.hasPaguOfItsOwn == true)
        #expect(flags[4]?.isDisjoint(with: [.paguGiven, .paguBelow]) == true)
    }

    /// A dash is money stated as none, an unreadable cell money that cannot be read, and an
    /// end-of-period cell alone is enough: each makes the row one that carries money.
    @Test func aDashAnUnreadableCellOrAnEndOfPeriodAloneCarryMoney() {
        let rows = [Tiny.node(.kegiatan, 4, pagu: ["-", ""], paguAkhir: nil),
                    Tiny.node(.kegiatan, 5, pagu: ["######", ""], paguAkhir: nil),
                    Tiny.node(.kegiatan, 6, pagu: ["", ""], paguAkhir: "200")]
        let flags = Self.flags([Tiny.node(.program, 3, children: rows)])
        #expect([4, 5, 6].allSatisfy { flags[$0]?.hasPaguOfItsOwn == true })
        #expect(flags[3]?.contains(.paguBelow) == true && flags[3]?.hasPaguOfItsOwn == false)
        #expect(flags[5]?.contains(.unreadable) == true)
    }
}
