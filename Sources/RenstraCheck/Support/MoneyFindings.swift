import RenstraModel

/// Turns the money reconciliation's verdicts into findings: `pagu-sum-mismatch` for a parent's
/// sum, `row-total-mismatch` for a row's end-of-period Rp. Worked out once, with the check
/// context; the two checks each report their code's share.
struct MoneyFindings {
    let money: MoneyReconciliation
    /// The document's file, named in each finding's location.
    let file: String

    private var ledger: MoneyLedger { money.ledger }

    /// Every money finding, in the reconciliation's order.
    var all: [Finding] {
        money.verdicts.compactMap { verdict in
            switch verdict {
            case .culprit(let cell, let printed, let expected, let relations, let before, let consequences):
                return culprit(cell, printed: printed, expected: expected, relations, before, consequences)
            case .endOfPeriod(let relation, let printed, let expected, let consequences):
                return endOfPeriod(relation, printed: printed, expected: expected, consequences)
            case .unbalanced(let relation, let stated, let sum):
                return unbalanced(relation, stated: stated, sum: sum)
            }
        }
    }

    /// A row-total finding when the culprit is the stated end-of-period cell of a broken row
    /// sum, or a year in one with no parent sum stated at it; a pagu-sum finding otherwise.
    private func culprit(_ cell: MoneyLedger.Cell, printed: Int64, expected: Int64, _ relations: [MoneyLedger.Relation],
                         _ before: [MoneyLedger.Relation: MoneyReconciliation.Amounts],
                         _ consequences: [MoneyLedger.Relation]) -> Finding? {
        guard let location = ledger.location(cell) else { return nil }
        let row = relations.first { $0.kind == .row && $0.stated == cell }
            ?? (relations.contains { $0.kind == .children && $0.stated == cell } ? nil : relations.first { $0.kind == .row })
        let primary = row ?? relations.first { $0.stated == cell } ?? relations[0]
        let amounts = before[primary] ?? MoneyReconciliation.Amounts(stated: printed, sum: expected)
        let others = relations.map(\.stated).filter { $0 != cell }
        let witnesses = (others.isEmpty ? relations.flatMap(ledger.parts).filter { $0 != cell } : others)
        var notes = [Note(.culpritNote, ["cells": .cells(cells(witnesses)), "expected": .value(.money(Rupiah(expected)))])]
        notes += consequenceNotes(consequences)
        return finding(row == nil ? .paguSumMismatch : .rowTotalMismatch, at: location, account: primary.stated.account,
                       period: primary.stated.period, amounts: amounts, expected: expected, actual: printed,
                       related: cells(relations.flatMap { [$0.stated] + ledger.parts($0) }.filter { $0 != cell }), notes: notes)
    }

    private func endOfPeriod(_ relation: MoneyLedger.Relation, printed: Int64, expected: Int64,
                             _ consequences: [MoneyLedger.Relation]) -> Finding? {
        guard let location = ledger.location(relation.stated) else { return nil }
        return finding(.rowTotalMismatch, at: location, account: relation.stated.account, period: .endOfPeriod,
                       amounts: .init(stated: printed, sum: expected), expected: expected, actual: printed,
                       related: cells(ledger.parts(relation)), notes: [Note(.recomputeNote)] + consequenceNotes(consequences))
    }

    private func unbalanced(_ relation: MoneyLedger.Relation, stated: Int64, sum: Int64) -> Finding? {
        guard relation.kind == .children, let location = ledger.location(relation.stated) else { return nil }
        let parts = ledger.parts(relation)
        var notes = [Note(parts.isEmpty ? .noChildrenNote : .noSingleCellNote)]
        let recomputed = parts.filter(ledger.isCorrected)
        if !recomputed.isEmpty { notes.append(Note(.countedAsRecomputedNote, ["cells": .cells(cells(recomputed))])) }
        return finding(.paguSumMismatch, at: location, account: relation.stated.account, period: relation.stated.period,
                       amounts: .init(stated: stated, sum: sum), expected: sum, actual: stated,
                       related: cells(parts), notes: notes)
    }

    private func finding(_ code: FindingCode, at location: CellLocation, account: Int, period: Period,
                         amounts: MoneyReconciliation.Amounts, expected: Int64, actual: Int64,
                         related: [CellLocation], notes: [Note]) -> Finding {
        Finding(code: code, location: FindingLocation(file: file, location), subject: ledger.subject(account),
                program: ledger.program(account), expected: .money(Rupiah(expected)), actual: .money(Rupiah(actual)),
                related: related,
                arguments: ["period": .period(period), "stated": .value(.money(Rupiah(amounts.stated))),
                            "sum": .value(.money(Rupiah(amounts.sum)))],
                notes: notes)
    }

    private func consequenceNotes(_ consequences: [MoneyLedger.Relation]) -> [Note] {
        consequences.isEmpty ? [] : [Note(.consequenceNote, ["cells": .cells(cells(consequences.map(\.stated)))])]
    }

    /// The cells' locations in sheet order, each once.
    private func cells(_ cells: [MoneyLedger.Cell]) -> [CellLocation] {
        var seen = Set<CellLocation>()
        return cells.compactMap(ledger.location).filter { seen.insert($0).inserted }.sorted { $0.order < $1.order }
    }
}

extension Localized {
    static let culpritNote = Localized(
        id: "Diperiksa silang dengan {cells}: semuanya cocok bila sel ini bernilai {expected}, jadi sel inilah yang keliru.",
        en: "Checked against {cells}: they all fit {expected} in this cell, so this cell is the one that is off.")
    static let consequenceNote = Localized(
        id: "Ini juga menjelaskan selisih di {cells}; dengan sel ini diperbaiki, jumlahnya cocok.",
        en: "It also accounts for the difference at {cells}: with this cell corrected, those add up.")
    static let recomputeNote = Localized(
        id: "Angka tahunan dianggap benar dan Rp akhir periode adalah jumlahnya; `renstra import --fix` menghitungnya ulang.",
        en: "The yearly Rp are taken as planned and the end-of-period Rp as their sum; `renstra import --fix` recomputes it.")
    static let noSingleCellNote = Localized(
        id: "Tidak ada satu sel yang menjelaskan selisihnya: mungkin ada baris yang hilang atau berlebih, atau beberapa sel keliru.",
        en: "No single cell explains the difference: a row may be missing or extra, or several cells are off.")
    static let noChildrenNote = Localized(
        id: "Tidak ada baris di bawahnya yang memuat pagu, padahal baris lain pada tingkat ini merinci pagunya.",
        en: "No row under it carries money, while the other rows of its level break their pagu down.")
    static let countedAsRecomputedNote = Localized(
        id: "Dihitung dengan {cells} sesudah dihitung ulang dari tahun-tahunnya.",
        en: "Counted with {cells} as recomputed from their years.")
}
