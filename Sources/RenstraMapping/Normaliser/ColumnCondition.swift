/// A `RowCondition` with the columns of its fields looked up once: a field is filled when any
/// of its columns holds a cell.
struct ColumnCondition {
    /// For each field that must be filled, its columns.
    let filled: [[Int]]
    /// For each field that must be empty, its columns.
    let empty: [[Int]]
    let codeParts: [Int]
    let label: LabelSet?

    init(_ condition: RowCondition, in columns: ResolvedColumns) {
        filled = condition.filled.map { Self.columns($0, in: columns) }
        empty = condition.empty.map { Self.columns($0, in: columns) }
        codeParts = condition.codeParts
        label = condition.label
    }

    /// The columns a field names in a condition: `pagu` and `target` stand for every year's
    /// and the end of the period's.
    private static func columns(_ field: Field, in columns: ResolvedColumns) -> [Int] {
        switch field.kind {
        case .pagu: return columns.allPaguColumns
        case .target: return columns.allTargetColumns
        default: return columns.fields[field] ?? []
        }
    }
}
