import RenstraModel

/// How one sheet's rows are read, worked out once when its columns are known: each level's
/// rule with its columns, the total's condition, the code columns conditions read and the
/// note columns. One plan serves the reader of every row.
final class RowPlan {
    /// A level's rule, ready to test rows and read them.
    final class LevelPlan {
        let level: Level
        let carried: Bool
        let numberInCode: Bool
        let numberInName: Bool
        let condition: ColumnCondition
        let columns: LevelColumns
        /// Whether the level's code is the one conditions read, so a row's code is read once.
        let readsConditionCode: Bool
        /// The level's place among the mapping's levels: a node goes under the nearest open
        /// node of a lower depth.
        let depth: Int

        init(_ rule: LevelRule, columns: ResolvedColumns, conditionCode: [Int], depth: Int) {
            level = rule.level
            carried = rule.carried
            numberInCode = rule.numberInCode
            numberInName = rule.numberInName
            condition = ColumnCondition(rule.when, in: columns)
            self.columns = LevelColumns(rule.level, in: columns)
            readsConditionCode = self.columns.kode == conditionCode
            self.depth = depth
        }
    }

    /// A `note.NAME` field and its columns.
    struct Note {
        let name: String
        let columns: [Int]
    }

    let columns: ResolvedColumns
    let levels: [LevelPlan]
    let total: ColumnCondition?
    /// The shared `kode` columns, which `code_parts` conditions read.
    let codeColumns: [Int]
    let notes: [Note]
    /// The target column of each year that has one, by year: every row's targets share its years.
    let targetColumns: ByYear<Int>
    /// The pagu column of each year that has one, by year.
    let paguColumns: ByYear<Int>
    /// Every year's target column, then the end of the period's.
    let allTargetColumns: [Int]

    init(mapping: Mapping, columns: ResolvedColumns) {
        self.columns = columns
        let codeColumns = columns.fields[Field(kind: .kode)] ?? []
        self.codeColumns = codeColumns
        let firstIndex = Dictionary(mapping.levels.enumerated().map { ($1.level, $0) }, uniquingKeysWith: min)
        levels = mapping.levels.map { rule in
            LevelPlan(rule, columns: columns, conditionCode: codeColumns, depth: firstIndex[rule.level]!)
        }
        total = mapping.total.map { ColumnCondition($0, in: columns) }
        notes = columns.fields.compactMap { field, fieldColumns in
            guard field.kind == .note, let name = field.noteName, !fieldColumns.isEmpty else { return nil }
            return Note(name: name, columns: fieldColumns)
        }
        var targetColumns = ByYear<Int>(), paguColumns = ByYear<Int>()
        for pair in columns.years {
            if let column = pair.target { targetColumns[pair.year] = column }
            if let column = pair.pagu { paguColumns[pair.year] = column }
        }
        self.targetColumns = targetColumns
        self.paguColumns = paguColumns
        allTargetColumns = columns.allTargetColumns
    }
}
