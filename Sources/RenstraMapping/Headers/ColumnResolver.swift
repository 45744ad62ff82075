import Foundation
import Spreadsheet
import RenstraModel

/// Finds each field's column from the header paths, as the mapping describes them.
struct ColumnResolver {
    let mapping: Mapping

    func resolve(_ grid: HeaderGrid) throws(ColumnProblem) -> ResolvedColumns {
        var resolved = ResolvedColumns()
        var taken = Set<Int>()
        if let years = mapping.years { resolved.years = yearColumns(grid, years, &taken, &resolved.statedMoneyUnit) }
        if mapping.years != nil, resolved.years.isEmpty {
            throw .noYears(mapping.years!.year.joined(separator: " / "))
        }
        if let akhir = mapping.akhir {
            for column in grid.columns where !taken.contains(column) {
                let path = grid.paths[column] ?? []
                guard path.count >= 2, path.dropLast().contains(where: { $0.matches(akhir.group.spellings) }) else { continue }
                if path.last!.matches(akhir.target.spellings), resolved.akhirTarget == nil {
                    resolved.akhirTarget = column
                    taken.insert(column)
                } else if path.last!.matches(akhir.pagu.spellings), resolved.akhirPagu == nil {
                    resolved.akhirPagu = column
                    taken.insert(column)
                }
            }
        }
        for rule in mapping.columns {
            let columns = try find(rule, in: grid, excluding: taken)
            if columns.isEmpty {
                if rule.required {
                    throw .missing(field: rule.field.description, header: rule.header.map(\.description).joined(separator: " › "))
                }
                continue
            }
            resolved.fields[rule.field] = columns
        }
        return resolved
    }

    private func find(_ rule: ColumnRule, in grid: HeaderGrid, excluding taken: Set<Int>) throws(ColumnProblem) -> [Int] {
        if let letter = rule.letter, let address = CellAddress(a1: letter + "1") { return [address.column] }
        var scored: [(column: Int, extra: Int)] = []
        for column in grid.columns where !taken.contains(column) {
            guard let extra = Self.fit(rule.header, grid.paths[column] ?? [], group: rule.allColumns) else { continue }
            scored.append((column, extra))
        }
        if rule.allColumns { return scored.map(\.column) }
        guard let best = scored.map(\.extra).min() else { return [] }
        let candidates = scored.filter { $0.extra == best }.map(\.column)
        if let occurrence = rule.occurrence {
            return candidates.indices.contains(occurrence - 1) ? [candidates[occurrence - 1]] : []
        }
        guard candidates.count == 1 else {
            throw .ambiguous(field: rule.field.description, columns: candidates.map(CellAddress.columnLetters))
        }
        return candidates
    }

    /// How many extra labels the column's path has beyond the rule's, or nil when it does not
    /// fit: the rule's labels must appear in order, the last one being the column's own label
    /// (for a `group` rule, any label of the path: `Kode` over `Urusan`, `Bidang`…).
    static func fit(_ labels: [LabelSet], _ path: [HeaderText], group: Bool = false) -> Int? {
        guard let last = labels.last else { return nil }
        let lastIndex = group ? path.lastIndex { $0.matches(last.spellings) } : path.indices.last
        guard let lastIndex, path[lastIndex].matches(last.spellings) else { return nil }
        var position = lastIndex
        for label in labels.dropLast().reversed() {
            guard let found = path[..<position].lastIndex(where: { $0.matches(label.spellings) }) else { return nil }
            position = found
        }
        return path.count - labels.count
    }

    private func yearColumns(_ grid: HeaderGrid, _ years: YearColumns, _ taken: inout Set<Int>,
                             _ statedUnit: inout MoneyUnit?) -> [ResolvedColumns.YearPair] {
        var pairs: [Int: ResolvedColumns.YearPair] = [:]
        for column in grid.columns {
            let path = grid.paths[column] ?? []
            guard let leaf = path.last, path.count >= 2,
                  let year = path.dropLast().lazy.compactMap({ Self.year(in: $0, patterns: years.year) }).first else { continue }
            var pair = pairs[year] ?? ResolvedColumns.YearPair(year: year)
            if leaf.matches(years.target.spellings), pair.target == nil {
                pair.target = column
            } else if leaf.matches(years.pagu.spellings), pair.pagu == nil {
                pair.pagu = column
                if statedUnit == nil { statedUnit = Self.unit(leaf) }
            } else {
                continue
            }
            taken.insert(column)
            pairs[year] = pair
        }
        return pairs.values.sorted { $0.year < $1.year }
    }

    /// The year a group label names (`Tahun 2015`, `2015`), by the mapping's patterns.
    static func year(in label: HeaderText, patterns: [String]) -> Int? {
        for pattern in patterns {
            let pieces = pattern.components(separatedBy: "{year}")
            guard pieces.count == 2 else { continue }
            let prefix = HeaderText.fold(pieces[0]), suffix = HeaderText.fold(pieces[1])
            let key = label.key
            guard key.count == prefix.count + 4 + suffix.count, key.hasPrefix(prefix), key.hasSuffix(suffix) else { continue }
            let digits = key.dropFirst(prefix.count).prefix(4)
            if let year = Int(digits), (1900...2200).contains(year) { return year }
        }
        return nil
    }

    /// The unit a money header states in parentheses: `(ribu)`, `(juta)`, `(Rp)`.
    static func unit(_ header: HeaderText) -> MoneyUnit? {
        switch header.parenthesised {
        case "ribu", "riburupiah", "rpribu": return .ribu
        case "juta", "jutarupiah", "rpjuta": return .juta
        case "rp", "rupiah": return .rupiah
        default: return nil
        }
    }
}
