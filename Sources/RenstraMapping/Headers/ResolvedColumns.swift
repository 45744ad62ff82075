import RenstraModel

/// The columns a mapping found in one sheet: which column holds each field, and the target and
/// pagu column of each year and of the end of the period.
struct ResolvedColumns: Sendable {
    struct YearPair: Sendable {
        let year: Int
        var target: Int?
        var pagu: Int?
    }

    /// Field → columns in order (several for a code split over columns).
    var fields: [Field: [Int]] = [:]
    var years: [YearPair] = []
    var akhirTarget: Int?
    var akhirPagu: Int?
    /// The money unit the pagu header states (`PAGU (ribu)`), if any.
    var statedMoneyUnit: MoneyUnit?

    /// Every year's target column, then the end of the period's.
    var allTargetColumns: [Int] { years.compactMap(\.target) + [akhirTarget].compactMap { $0 } }

    /// Every year's pagu column, then the end of the period's.
    var allPaguColumns: [Int] { years.compactMap(\.pagu) + [akhirPagu].compactMap { $0 } }

    /// The columns of a field as one level reads it: its own (`program.nama`) before the
    /// shared one (`nama`).
    func columns(_ kind: Field.Kind, for level: Level) -> [Int] {
        fields[Field(level: level, kind: kind)] ?? fields[Field(kind: kind)] ?? []
    }

    /// How many rules found their columns: a measure of how well the mapping fits.
    var score: Int { fields.values.reduce(0) { $0 + $1.count } + years.count * 2 + (akhirPagu == nil ? 0 : 1) }
}

/// Why a mapping does not fit a sheet's header.
enum ColumnProblem: Error, Sendable, Equatable {
    case missing(field: String, header: String)
    case ambiguous(field: String, columns: [String])
    case noYears(String)
}
