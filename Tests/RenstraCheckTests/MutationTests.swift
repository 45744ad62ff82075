import Foundation
import PropertyBased
import Testing
@testable import RenstraCheck
import RenstraModel
import Spreadsheet

/// Mutates the cells of the sample workbooks at random and checks that the reconciler reports
/// the right code at the right cell, and nothing else: every new finding is expected (or a
/// stated side effect), and every finding that goes away was about the mutated cells. Each
/// case mutates one window of a sample (its header and one program, or one small urusan with
/// its subtotals) and runs the whole pipeline on it; the grand total and the subtotals of the
/// large urusan are mutated on the whole sheet, cell by cell.
@Suite struct MutationTests {
    enum Mutation: CaseIterable, Sendable {
        /// A pagu changed by 5 to 60 percent.
        case pagu
        /// A kegiatan row printed twice.
        case repeatedRow
        /// A figure typed as Indonesian-formatted text (`150.000.000`).
        case figureAsText
        /// A kegiatan figure printed as `######`.
        case hashes
        /// A kegiatan row deleted.
        case deletedKegiatan
    }

    static let cases51 = 150, cases61 = 100
    static let windows51 = Result { try SampleGrid.windows(of: SampleGrid.tabel51.get()) }
    static let windows61 = Result { try SampleGrid.windows(of: SampleGrid.tabel61.get()) }

    @Test func tabel51() async throws {
        let windows = try Self.windows51.get()
        await propertyCheck(count: Self.cases51, input: Gen.element(of: Mutation.allCases), Gen.int(in: 0...9_999),
                            Gen.int(in: 0...9_999), Gen.int(in: 5...60)) { mutation, window, pick, percent in
            if let mutation { try Self.verify(mutation, pick: pick, percent: percent, on: windows[window % windows.count]) }
        }
    }

    @Test func tabel61() async throws {
        let windows = try Self.windows61.get()
        await propertyCheck(count: Self.cases61, input: Gen.element(of: Mutation.allCases), Gen.int(in: 0...9_999),
                            Gen.int(in: 0...9_999), Gen.int(in: 5...60)) { mutation, window, pick, percent in
            if let mutation { try Self.verify(mutation, pick: pick, percent: percent, on: windows[window % windows.count]) }
        }
    }

    /// The grand total's cells, and a yearly cell of the urusan 2 and bidang 2.11 subtotals
    /// (whose end-of-period cells are wrong in the source), each changed on the whole sheet.
    @Test(arguments: ["Q223", "U223", "Y223", "AA223", "S10", "W11"])
    func tabel51TotalAndLargeSubtotals(cell a1: String) throws {
        let grid = try SampleGrid.tabel51.get()
        let ledger = MoneyLedger(grid.baseline, NodeIndex(grid.baseline))
        let cell = try #require(ledger.accounts.indices.flatMap { account in
            ([.endOfPeriod] + grid.baseline.years.map(Period.year)).map { MoneyLedger.Cell(account: account, period: $0) }
        }.first { ledger.location($0)?.cell == a1 })
        try Self.verify(.pagu, cell: cell, percent: 20, on: grid)
    }

    /// A program whose only kegiatan is deleted, among programs that keep theirs, no longer adds up.
    @Test func deletingAProgramsOnlyKegiatan() throws {
        let grid = try SampleGrid.tabel51.get()
        let expected = Set(["Q197", "S197", "U197", "W197", "Y197"].map { At($0, .paguSumMismatch) })
        try Self.verify(Expectation(rows: grid.deleting(row: 198), expected: expected,
                                    mayVanish: { Self.row(of: $0.cell) == 198 }), .deletedKegiatan, on: grid)
    }

    /// What a mutation must make the reconciler say.
    struct Expectation {
        var rows: [Row]
        /// Findings that must appear.
        var expected: Set<At>
        /// Whether a new finding beyond `expected` is a stated side effect.
        var tolerated: (At) -> Bool = { _ in false }
        /// Whether a baseline finding may go away.
        var mayVanish: (At) -> Bool
        /// Maps a mutated sheet's row back to the original's.
        var originalRow: (Int) -> Int = { $0 }
    }

    static func verify(_ mutation: Mutation, pick: Int, percent: Int, on grid: SampleGrid) throws {
        guard let expectation = expect(mutation, pick: pick, percent: percent, on: grid) else { return }
        try verify(expectation, mutation, on: grid)
    }

    static func verify(_ mutation: Mutation, cell: MoneyLedger.Cell, percent: Int, on grid: SampleGrid) throws {
        let ledger = MoneyLedger(grid.baseline, NodeIndex(grid.baseline))
        try verify(changing(cell, percent: percent, ledger, grid), mutation, on: grid)
    }

    static func verify(_ expectation: Expectation, _ mutation: Mutation, on grid: SampleGrid) throws {
        let document = try grid.document(expectation.rows)
        let found = Set(At.all(Reconciler.findings(for: document)).map { at in
            At(Self.cell(at.cell, row: expectation.originalRow(Self.row(of: at.cell))), at.code)
        })
        let missing = expectation.expected.subtracting(found)
        let surprising = found.subtracting(grid.baselineFindings).subtracting(expectation.expected).filter { !expectation.tolerated($0) }
        let vanished = grid.baselineFindings.subtracting(found).filter { !expectation.mayVanish($0) }
        #expect(missing.isEmpty && surprising.isEmpty && vanished.isEmpty,
                "\(mutation) \(grid.file): missing \(missing.sorted { $0.cell < $1.cell }), unexpected \(surprising.sorted { $0.cell < $1.cell }), vanished \(vanished.sorted { $0.cell < $1.cell })")
    }

    static func expect(_ mutation: Mutation, pick: Int, percent: Int, on grid: SampleGrid) -> Expectation? {
        let document = grid.baseline
        let ledger = MoneyLedger(document, NodeIndex(document))
        let kegiatan = document.nodes(at: .kegiatan)
        switch mutation {
        case .pagu:
            let cells = ledger.accounts.indices.flatMap { account in
                ([.endOfPeriod] + document.years.map(Period.year)).map { MoneyLedger.Cell(account: account, period: $0) }
            }.filter { ledger.figure($0).flatMap(\.value).map { $0.value > 0 } ?? false && number(grid, ledger.location($0)) != nil }
            guard !cells.isEmpty else { return nil }
            return changing(cells[pick % cells.count], percent: percent, ledger, grid)
        case .repeatedRow:
            guard !kegiatan.isEmpty else { return nil }
            let node = kegiatan[pick % kegiatan.count]
            let row = node.row.row
            let letter = String((node.kode ?? node.nama)!.at.cell.prefix { $0.isLetter })
            return Expectation(rows: grid.repeating(row: row), expected: [At("\(letter)\(row + 1)", .duplicateRow)],
                               mayVanish: { _ in false },
                               originalRow: { $0 > row + 1 ? $0 - 1 : $0 })
        case .figureAsText:
            let cells = figures(document).filter { number(grid, $0) != nil || decimal(grid, $0) != nil }
            guard !cells.isEmpty else { return nil }
            let cell = cells[pick % cells.count]
            guard case .number(let value)? = grid.value(at: cell.cell) else { return nil }
            return Expectation(rows: grid.replacing(cell.cell, with: .text(indonesian(value.text))),
                               expected: [At(cell.cell, .numberAsText)], mayVanish: { _ in false })
        case .hashes:
            let cells = kegiatan.flatMap { figures(of: $0) }.filter { decimal(grid, $0) != nil }
            guard !cells.isEmpty else { return nil }
            let cell = cells[pick % cells.count]
            let row = Self.row(of: cell.cell)
            return Expectation(rows: grid.replacing(cell.cell, with: .text("######")), expected: [At(cell.cell, .unreadableNumber)],
                               mayVanish: { Self.row(of: $0.cell) == row })
        case .deletedKegiatan:
            guard !kegiatan.isEmpty else { return nil }
            let node = kegiatan[pick % kegiatan.count]
            let row = node.row.row
            let index = NodeIndex(document)
            guard let position = index.entries.firstIndex(where: { $0.node.row == node.row }),
                  let program = index.programPlace(of: position).map({ index.entries[$0].node }) else { return nil }
            let siblings = Set(program.children.map(\.row.row) + [program.row.row])
            let summed = program.children.count > 1
                || document.nodes(at: .program).contains { $0.row != program.row && !$0.children.isEmpty }
            let expected = Set(document.years.compactMap { year -> At? in
                guard summed, (node.pagu[year]?.value?.value ?? 0) > 0, let cell = program.pagu[year]?.at else { return nil }
                return At(cell.cell, .paguSumMismatch)
            })
            let related = Set(grid.baselineReport.filter { $0.related.contains { Self.row(of: $0.cell) == row } }.map(At.init))
            return Expectation(rows: grid.deleting(row: row), expected: expected,
                               tolerated: { $0.code == .ordinalGap && siblings.contains(Self.row(of: $0.cell)) },
                               mayVanish: { Self.row(of: $0.cell) == row || related.contains($0)
                                   || ($0.code == .ordinalGap && siblings.contains(Self.row(of: $0.cell))) })
        }
    }

    /// A pagu cell raised by `percent` (at least Rp 1.000), and where that must be reported.
    static func changing(_ cell: MoneyLedger.Cell, percent: Int, _ ledger: MoneyLedger, _ grid: SampleGrid) -> Expectation {
        let a1 = ledger.location(cell)!.cell
        let old = number(grid, ledger.location(cell))!
        let new = old + max(1_000, old * Int64(percent) / 100)
        return Expectation(rows: grid.replacing(a1, with: .number(NumberText(String(new))!)),
                           expected: [expectedPaguFinding(cell, ledger)],
                           tolerated: { $0 == At(a1, .numberOutlier) },
                           // A year ten times off is told by the row's other years lying close
                           // together; changing one of them may end that.
                           mayVanish: { $0.cell == a1 || ($0.code == .numberOutlier && Self.row(of: $0.cell) == Self.row(of: a1)) })
    }

    /// Where a changed pagu must be reported: at the cell itself when a parent's sum, or the
    /// row's own end-of-period Rp, singles it out; otherwise at the parent's sum it breaks.
    static func expectedPaguFinding(_ cell: MoneyLedger.Cell, _ ledger: MoneyLedger) -> At {
        let a1 = ledger.location(cell)!.cell
        let account = ledger.accounts[cell.account]
        if cell.period == .endOfPeriod { return At(a1, .rowTotalMismatch) }
        if !ledger.children(of: cell.account).isEmpty || account.level == nil { return At(a1, .paguSumMismatch) }
        if account.hasAkhir { return At(a1, .rowTotalMismatch) }
        let parent = account.parent!
        return At(ledger.location(MoneyLedger.Cell(account: parent, period: cell.period))!.cell, .paguSumMismatch)
    }

    /// Every target and pagu cell of the document that holds a value.
    static func figures(_ document: RenstraDocument) -> [CellLocation] {
        document.allNodes.flatMap { figures(of: $0) }
            + (document.total.map { total in total.pagu.values.compactMap { $0.value == nil ? nil : $0.at } } ?? [])
    }

    static func figures(of node: PlanNode) -> [CellLocation] {
        let targets = node.indikator.flatMap { Array($0.targets.values) + [$0.targetAkhir].compactMap { $0 } }
        let money = Array(node.pagu.values) + [node.paguAkhir].compactMap { $0 }
        return (targets.filter { $0.value != nil }.map(\.at) + money.filter { $0.value != nil }.map(\.at)).sorted { $0.cell < $1.cell }
    }

    static func number(_ grid: SampleGrid, _ cell: CellLocation?) -> Int64? {
        guard let cell, case .number(let value)? = grid.value(at: cell.cell) else { return nil }
        return Int64(value.text)
    }

    static func decimal(_ grid: SampleGrid, _ cell: CellLocation) -> String? {
        guard case .number(let value)? = grid.value(at: cell.cell) else { return nil }
        return value.text
    }

    /// `150000000` → `150.000.000`, `27.2` → `27,2`.
    static func indonesian(_ digits: String) -> String {
        let parts = digits.split(separator: ".", maxSplits: 1)
        let whole = String(parts[0])
        var grouped = ""
        for (offset, digit) in whole.enumerated() {
            if offset > 0, (whole.count - offset) % 3 == 0 { grouped.append(".") }
            grouped.append(digit)
        }
        return parts.count > 1 ? grouped + "," + parts[1] : grouped
    }

    static func row(of a1: String) -> Int { Int(a1.drop { $0.isLetter }) ?? 0 }

    static func cell(_ a1: String, row: Int) -> String { String(a1.prefix { $0.isLetter }) + String(row) }
}
