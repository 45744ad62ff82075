import Foundation
import RenstraModel

/// How an indikator's yearly targets make its end-of-period target.
enum TargetRule: Hashable, CaseIterable {
    /// The years added up: cumulative counts (people trained, events held).
    case sum
    /// The last year that has a target: percentages, indices, stocks.
    case lastYear
    /// The yearly value, unchanged: a frequency such as 12 bulan a year.
    case constant

    /// The end-of-period target this rule gives, or nil when it gives none (a constant over unequal years).
    func akhir(_ years: [Decimal]) -> Decimal? {
        switch self {
        case .sum: return years.reduce(0, +)
        case .lastYear: return years.last
        case .constant: return Set(years).count == 1 ? years.first : nil
        }
    }

    /// The rules a satuan kind may follow: the first is assumed when the table does not say.
    static func candidates(_ kind: SatuanKind) -> [TargetRule] {
        switch kind {
        case .share, .index: return [.lastYear]
        case .months: return [.constant, .sum]
        case .count: return [.sum, .lastYear]
        }
    }

    var name: Localized {
        switch self {
        case .sum: return Localized(id: "jumlah tahunan", en: "sum of the years")
        case .lastYear: return Localized(id: "nilai tahun terakhir", en: "last year's value")
        case .constant: return Localized(id: "nilai tetap per tahun", en: "constant yearly value")
        }
    }
}

/// The yearly targets and the end-of-period target of one indikator, when both can be read.
struct TargetRow {
    let position: Int
    let indikator: Indikator
    let kind: SatuanKind
    /// The years' values in order, skipping dashes and empty cells.
    let years: [Decimal]
    let akhir: Target

    /// Rows with at least one yearly value, no unreadable target, and an end-of-period cell.
    static func all(_ context: CheckContext) -> [TargetRow] {
        context.index.entries.enumerated().compactMap { position, entry in
            guard let indikator = entry.node.indikator.first, let akhir = indikator.targetAkhir else { return nil }
            let figures = context.document.years.compactMap { indikator.targets[$0] }
            guard !figures.contains(where: { if case .unreadable = $0.state { true } else { false } }),
                  !akhir.stateIsUnreadable else { return nil }
            let years = figures.compactMap(\.value)
            guard !years.isEmpty else { return nil }
            return TargetRow(position: position, indikator: indikator, kind: SatuanKind(indikator.satuan?.value),
                             years: years, akhir: akhir)
        }
    }

    /// The candidate rules this row's end-of-period target fits.
    let fits: [TargetRule]
    /// Whether the candidate rules give different values here and the row fits one of them, so
    /// it shows which one the table uses.
    let tellsRulesApart: Bool

    init(position: Int, indikator: Indikator, kind: SatuanKind, years: [Decimal], akhir: Target) {
        self.position = position
        self.indikator = indikator
        self.kind = kind
        self.years = years
        self.akhir = akhir
        let candidates = TargetRule.candidates(kind).map { ($0, $0.akhir(years)) }
        fits = akhir.value.map { value in candidates.filter { $0.1 == value }.map(\.0) } ?? []
        tellsRulesApart = Set(candidates.map(\.1)).count > 1 && fits.count == 1
    }
}

extension Figure {
    var stateIsUnreadable: Bool {
        if case .unreadable = state { return true }
        return false
    }
}
