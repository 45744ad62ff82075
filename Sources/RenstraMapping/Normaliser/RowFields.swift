import Foundation
import RenstraModel
import Spreadsheet

/// Reads the fields of one row as a given level sees them, and tests the mapping's conditions.
struct RowFields {
    let row: SourceRow
    let columns: ResolvedColumns
    let figures: FigureReader
    let sheet: String

    /// Whether the row meets the condition.
    func holds(_ condition: RowCondition) -> Bool {
        guard condition.filled.allSatisfy(isFilled), !condition.empty.contains(where: isFilled) else { return false }
        if !condition.codeParts.isEmpty {
            guard let code = code(for: nil), condition.codeParts.contains(code.parts.count) else { return false }
        }
        if let label = condition.label {
            guard row.texts.values.contains(where: { HeaderText($0).matches(label.spellings) }) else { return false }
        }
        return true
    }

    private func isFilled(_ field: Field) -> Bool {
        switch field.kind {
        case .pagu: return !row.text(columns.years.compactMap(\.pagu) + [columns.akhirPagu].compactMap { $0 }).isEmpty
        case .target: return !row.text(columns.years.compactMap(\.target) + [columns.akhirTarget].compactMap { $0 }).isEmpty
        default: return !row.text(columns.fields[field] ?? []).isEmpty
        }
    }

    /// The node this row makes at `level`; `withFigures` is false for a carried tujuan or
    /// sasaran, which takes only its name and indikator from the row.
    func node(_ level: Level, rule: LevelRule, withFigures: Bool) -> PlanNode {
        let numberInCode = rule.numberInCode
        var node = PlanNode(level: level, row: RowLocation(sheet: sheet, row: row.number))
        let codeColumns = columns.columns(.kode, for: level)
        if let code = code(for: level), let first = codeColumns.first {
            node.kode = Text(row.text(codeColumns), at: figures.location(row, first))
            node.kodeParts = code.parts
            if numberInCode, code.parts.count > 1, columns.columns(.nomor, for: level).isEmpty {
                // The number as printed (`1.` stays `1.`), from its own column when the code is split.
                let last = codeColumns.last { !row.text($0).isEmpty } ?? codeColumns[0]
                let ownColumn = codeColumns.count > 1 && RenstraCode(row.text(last))?.parts.count == 1
                let printed = ownColumn ? row.text(last) : code.parts.last!
                node.nomor = Text(printed, at: figures.location(row, last))
                node.kodeParts.removeLast()
            }
        } else if let first = codeColumns.first, !row.text(codeColumns).isEmpty {
            // A code that does not parse is kept as printed, for the reconciler to report.
            node.kode = Text(row.text(codeColumns), at: figures.location(row, first))
        }
        node.nomor = node.nomor ?? text(.nomor, level)
        node.nama = text(.nama, level)
        if rule.numberInName, node.nomor == nil, let nama = node.nama, let split = Self.leadingNumber(nama.value) {
            node.nomor = Text(split.number, at: nama.at)
            node.nama = Text(split.rest, at: nama.at)
        }
        node.lokasi = text(.lokasi, level)
        // Notes belong to the row's own node, not to a tujuan or sasaran it carries down.
        for (field, fieldColumns) in columns.fields where field.kind == .note && withFigures {
            if let column = fieldColumns.first, !row.text(column).isEmpty, let name = field.noteName {
                node.notes[name] = Text(row.text(fieldColumns), at: figures.location(row, column))
            }
        }
        let indikator = indikator(level, withFigures: withFigures)
        if !indikator.isEmpty { node.indikator = [indikator] }
        if withFigures {
            for pair in columns.years {
                if let column = pair.pagu { node.pagu[pair.year] = figures.pagu(row, column) }
            }
            node.paguAkhir = columns.akhirPagu.map { figures.pagu(row, $0) }
        }
        return node
    }

    /// A further indikator for an open carried node (its name is empty but its indikator is not).
    func extraIndikator(for level: Level) -> Indikator? {
        guard text(.nama, level) == nil, columns.fields[Field(level: level, kind: .indikator)] != nil else { return nil }
        let indikator = indikator(level, withFigures: false)
        return indikator.nama == nil ? nil : indikator
    }

    /// The row as the table's grand total.
    func total() -> TotalRow {
        var total = TotalRow(row: RowLocation(sheet: sheet, row: row.number))
        if let first = row.cells.keys.min(), case .text = row.cells[first] {
            total.label = Text(row.text(first), at: figures.location(row, first))
        }
        for pair in columns.years {
            if let column = pair.pagu { total.pagu[pair.year] = figures.pagu(row, column) }
        }
        total.paguAkhir = columns.akhirPagu.map { figures.pagu(row, $0) }
        return total
    }

    /// `1. Koordinasi …` → (`1.`, `Koordinasi …`); nil when the text does not start with a number.
    static func leadingNumber(_ text: String) -> (number: String, rest: String)? {
        guard let match = text.range(of: #"^\d{1,3}[.)]?\s+"#, options: .regularExpression) else { return nil }
        let rest = text[match.upperBound...].trimmingCharacters(in: .whitespaces)
        guard !rest.isEmpty else { return nil }
        return (text[match].trimmingCharacters(in: .whitespaces), rest)
    }

    private func indikator(_ level: Level, withFigures: Bool) -> Indikator {
        var indikator = Indikator(nama: text(.indikator, level))
        guard withFigures else { return indikator }
        indikator.satuan = text(.satuan, level) ?? (columns.columns(.satuan, for: level).isEmpty ? unitAfterTargets() : nil)
        indikator.kondisiAwal = text(.kondisiAwal, level)
        for pair in columns.years {
            if let column = pair.target { indikator.targets[pair.year] = figures.target(row, column) }
        }
        indikator.targetAkhir = columns.akhirTarget.map { figures.target(row, $0) }
        return indikator
    }

    /// For a layout without a satuan column (T-C.27): the unit written after the first target
    /// figure that has one (`50 KUMKM`, `100 %`), with that cell's location.
    private func unitAfterTargets() -> Text? {
        let targetColumns = columns.years.compactMap(\.target) + [columns.akhirTarget].compactMap { $0 }
        for column in targetColumns {
            if let unit = figures.unit(row, column) { return Text(unit, at: figures.location(row, column)) }
        }
        return nil
    }

    private func text(_ kind: Field.Kind, _ level: Level) -> Text? {
        let fieldColumns = columns.columns(kind, for: level)
        let value = row.text(fieldColumns)
        guard !value.isEmpty, let first = fieldColumns.first(where: { !row.text($0).isEmpty }) else { return nil }
        return Text(value, at: figures.location(row, first))
    }

    /// The row's code: one column holding `2 11 15 3`, or parts spread over several columns.
    private func code(for level: Level?) -> RenstraCode? {
        let codeColumns = level.map { columns.columns(.kode, for: $0) } ?? columns.fields[Field(kind: .kode)] ?? []
        guard !codeColumns.isEmpty else { return nil }
        if codeColumns.count == 1 { return RenstraCode(row.text(codeColumns[0])) }
        return RenstraCode(columns: codeColumns.map { row.text($0) })
    }
}
