import Foundation
import RenstraModel

/// How one indikator's end-of-period target stands to the rules its satuan may follow, in one
/// byte: which candidate rules give a target, and which of them it fits. The satuan kind that
/// names the candidates is the node's, in `SatuanKinds`.
///
/// Whole-number targets, the usual case, are added and compared as Int64; any other row is
/// worked out with exact decimals.
struct TargetRow {
    /// `giving` in the three low bits, `fits` in the three above them.
    private let bits: UInt8

    /// A row with no end-of-period target to judge: no rule gives one.
    static let none = TargetRow(giving: [], fits: [])

    private init(giving: TargetRules, fits: TargetRules) { bits = giving.rawValue | fits.rawValue << 3 }

    /// The candidate rules that give an end-of-period target here (a constant needs equal years).
    var giving: TargetRules { TargetRules(rawValue: bits & 0b111) }

    /// The candidate rules this row's end-of-period target fits.
    var fits: TargetRules { TargetRules(rawValue: bits >> 3) }

    /// Whether the row fits one of two candidate rules and not the other, so that it shows
    /// which one the table uses. (A rule fits only where it gives a value, so the two rules
    /// then give different values.)
    func tellsRulesApart(_ kind: SatuanKind) -> Bool {
        TargetRule.candidates(kind).count > 1 && fits.rawValue.nonzeroBitCount == 1
    }

    /// The first candidate rule the row fits.
    func firstFit(_ kind: SatuanKind) -> TargetRule? { TargetRule.candidates(kind).first(where: fits.contains) }

    /// Each node's row, by its place in the index: `none` unless the node's first indikator has
    /// at least one yearly value, no unreadable target, and an end-of-period cell.
    static func all(_ context: CheckContext) -> [TargetRow] {
        context.index.entries.indices.map { position in
            let indikator = context.index.entries[position].node.indikator
            guard !indikator.isEmpty, let akhir = indikator[0].targetAkhir else { return .none }
            return TargetRow(indikator[0].targets, akhir, kind: context.satuanKinds[position], years: context.years)
        }
    }

    init(_ targets: ByYear<Target>, _ akhir: Target, kind: SatuanKind, years: PlanYears) {
        guard !akhir.isUnreadable else { self = .none; return }
        // One pass over the targets in year order, adding them up as whole numbers while they
        // are. The figures are read in place, by index, rather than copied out.
        var whole = YearlyValues<Int64>(zero: 0), isWhole = true, given = false
        let targetYears = targets.keys, figures = targets.values
        for item in figures.indices where years.place(of: targetYears[item]) != nil {
            switch figures[item].state {
            case .unreadable: self = .none; return
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
        guard given else { self = .none; return }
        if isWhole {
            self.init(kind: kind, akhir: akhir.value?.wholeNumber) { $0.akhir(whole) }
        } else {
            let values = YearlyValues(targets, years.years)
            self.init(kind: kind, akhir: akhir.value) { $0.akhir(values) }
        }
    }

    /// The row, given the end-of-period target each candidate rule gives.
    private init<Value: Equatable>(kind: SatuanKind, akhir: Value?, _ result: (TargetRule) -> Value?) {
        var giving = TargetRules(), fits = TargetRules()
        for rule in TargetRule.candidates(kind) {
            guard let value = result(rule) else { continue }
            giving.insert(TargetRules(rule))
            if value == akhir { fits.insert(TargetRules(rule)) }
        }
        self.init(giving: giving, fits: fits)
    }
}
