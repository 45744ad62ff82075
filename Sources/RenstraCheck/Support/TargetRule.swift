import Foundation
import RenstraModel

/// How an indikator's yearly targets make its end-of-period target.
enum TargetRule: Int, Hashable, CaseIterable {
    /// The years added up: cumulative counts (people trained, events held).
    case sum
    /// The last year that has a target: percentages, indices, stocks.
    case lastYear
    /// The yearly value, unchanged: a frequency such as 12 bulan a year.
    case constant

    /// The end-of-period target this rule gives, or nil when it gives none (a constant over unequal years).
    func akhir<Value>(_ years: YearlyValues<Value>) -> Value? {
        switch self {
        case .sum: return years.sum
        case .lastYear: return years.last
        case .constant: return years.allEqual ? years.first : nil
        }
    }

    /// The rules a satuan kind may follow: the first is assumed when the table does not say.
    static func candidates(_ kind: SatuanKind) -> [TargetRule] {
        switch kind {
        case .share, .index: return lastYearOnly
        case .months: return constantOrSum
        case .count: return sumOrLastYear
        }
    }

    private static let lastYearOnly: [TargetRule] = [.lastYear]
    private static let constantOrSum: [TargetRule] = [.constant, .sum]
    private static let sumOrLastYear: [TargetRule] = [.sum, .lastYear]

    var name: Localized {
        switch self {
        case .sum: return Localized(id: "jumlah tahunan", en: "sum of the years")
        case .lastYear: return Localized(id: "nilai tahun terakhir", en: "last year's value")
        case .constant: return Localized(id: "nilai tetap per tahun", en: "constant yearly value")
        }
    }
}

/// A few target rules, as a set of bits.
struct TargetRules: OptionSet {
    let rawValue: UInt8

    init(rawValue: UInt8) { self.rawValue = rawValue }

    init(_ rule: TargetRule) { rawValue = 1 << rule.rawValue }

    func contains(_ rule: TargetRule) -> Bool { contains(TargetRules(rule)) }
}
