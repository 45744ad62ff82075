import Foundation
import RenstraModel

/// How one indikator's end-of-period target stands to the rules its satuan may follow: which
/// candidate rules give a target, and which of them it fits.
///
/// Whole-number targets, the usual case, are added and compared as Int64; any other row is
/// worked out with exact decimals.
struct TargetRow {
    let position: Int
    let kind: SatuanKind
    /// The candidate rules that give an end-of-period target here (a constant needs equal years).
    let giving: TargetRules
    /// The candidate rules this row's end-of-period target fits.
    let fits: TargetRules
    /// Whether the candidate rules give different values here and the row fits one of them, so
    /// it shows which one the table uses.
    let tellsRulesApart: Bool

    /// The first candidate rule the row fits.
    var firstFit: TargetRule? { TargetRule.candidates(kind).first(where: fits.contains) }

    /// Rows with at least one yearly value, no unreadable target, and an end-of-period cell.
    static func all(_ context: CheckContext) -> [TargetRow] {
        context.index.entries.enumerated().compactMap { position, entry in
            let indikator = entry.node.indikator
            guard !indikator.isEmpty, let akhir = indikator[0].targetAkhir else { return nil }
            return TargetRow(position: position, indikator[0].targets, akhir, kind: context.satuanKinds[position],
                             years: context.years)
        }
    }

    /// The years' values in order, skipping dashes and empty cells.
    static func years(_ targets: ByYear<Target>, _ years: [Int]) -> [Decimal] {
        years.compactMap { targets[$0]?.value }
    }

    init?(position: Int, _ targets: ByYear<Target>, _ akhir: Target, kind: SatuanKind, years: PlanYears) {
        guard !akhir.stateIsUnreadable else { return nil }
        // One pass over the targets, adding them up as whole numbers while they are. The figures
        // are read in place, by index, rather than copied out.
        var sum: Int64 = 0, first: Int64?, last: (place: Int, value: Int64)?, equal = true, whole = true, given = false
        let targetYears = targets.keys, figures = targets.values
        for item in figures.indices {
            guard let place = years.place(of: targetYears[item]) else { continue }
            switch figures[item].state {
            case .unreadable: return nil
            case .none, .missing: continue
            case .value(let value):
                given = true
                guard whole, let number = value.wholeNumber else { whole = false; continue }
                let (next, overflow) = sum.addingReportingOverflow(number)
                sum = next
                whole = !overflow
                if last.map({ place > $0.place }) ?? true { last = (place, number) }
                if let first { equal = equal && number == first } else { first = number }
            }
        }
        guard given else { return nil }
        if whole {
            let result: (TargetRule) -> Int64? = { rule in
                switch rule {
                case .sum: return sum
                case .lastYear: return last?.value
                case .constant: return equal ? first : nil
                }
            }
            self.init(position: position, kind: kind, akhir: akhir.value?.wholeNumber, result)
        } else {
            let values = Self.years(targets, years.years)
            self.init(position: position, kind: kind, akhir: akhir.value) { $0.akhir(values) }
        }
    }

    /// The row, given the end-of-period target each candidate rule gives.
    private init<Value: Equatable>(position: Int, kind: SatuanKind, akhir: Value?, _ result: (TargetRule) -> Value?) {
        self.position = position
        self.kind = kind
        let candidates = TargetRule.candidates(kind)
        let first = result(candidates[0]), second = candidates.count > 1 ? result(candidates[1]) : first
        var giving = TargetRules(), fits = TargetRules()
        func consider(_ rule: TargetRule, _ value: Value?) {
            guard let value else { return }
            giving.insert(TargetRules(rule))
            if value == akhir { fits.insert(TargetRules(rule)) }
        }
        consider(candidates[0], first)
        if candidates.count > 1 { consider(candidates[1], second) }
        self.giving = giving
        self.fits = fits
        tellsRulesApart = candidates.count > 1 && first != second && fits.rawValue.nonzeroBitCount == 1
    }
}
