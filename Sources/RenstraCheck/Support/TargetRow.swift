import Foundation
import RenstraModel

/// How one indikator's end-of-period target stands to the rules its satuan may follow: which
/// candidate rules give a target, and which of them it fits.
///
/// Whole-number targets, the usual case, are added and compared as Int64; any other row is
/// worked out with exact decimals.
struct TargetRow {
    /// The row's place in the index, kept in four bytes.
    private let place: Int32
    let kind: SatuanKind
    /// The candidate rules that give an end-of-period target here (a constant needs equal years).
    let giving: TargetRules
    /// The candidate rules this row's end-of-period target fits.
    let fits: TargetRules
    /// Whether the candidate rules give different values here and the row fits one of them, so
    /// it shows which one the table uses.
    let tellsRulesApart: Bool

    var position: Int { Int(place) }

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

    init?(position: Int, _ targets: ByYear<Target>, _ akhir: Target, kind: SatuanKind, years: PlanYears) {
        guard !akhir.stateIsUnreadable else { return nil }
        // One pass over the targets in year order, adding them up as whole numbers while they
        // are. The figures are read in place, by index, rather than copied out.
        var whole = YearlyValues<Int64>(zero: 0), isWhole = true, given = false
        let targetYears = targets.keys, figures = targets.values
        for item in figures.indices where years.place(of: targetYears[item]) != nil {
            switch figures[item].state {
            case .unreadable: return nil
            case .none, .missing: continue
            case .value(let value):
                given = true
                guard isWhole, let number = value.wholeNumber else { isWhole = false; continue }
                isWhole = whole.add(number) { sum, next in
                    let (total, overflow) = sum.addingReportingOverflow(next)
                    return overflow ? nil : total
                }
            }
        }
        guard given else { return nil }
        if isWhole {
            self.init(position: position, kind: kind, akhir: akhir.value?.wholeNumber) { $0.akhir(whole) }
        } else {
            let values = YearlyValues(targets, years.years)
            self.init(position: position, kind: kind, akhir: akhir.value) { $0.akhir(values) }
        }
    }

    /// The row, given the end-of-period target each candidate rule gives.
    private init<Value: Equatable>(position: Int, kind: SatuanKind, akhir: Value?, _ result: (TargetRule) -> Value?) {
        place = Int32(position)
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
