import Foundation
import RenstraModel
import Spreadsheet

/// Reads the fields of one row as a given level sees them, and tests the mapping's conditions.
struct RowFields {
    let row: SourceRow
    let plan: RowPlan
    let figures: FigureReader
    /// The code in the shared `kode` columns, read once for every condition and level.
    private let conditionCode: RenstraCode?

    init(row: SourceRow, plan: RowPlan, figures: FigureReader) {
        self.row = row
        self.plan = plan
        self.figures = figures
        conditionCode = Self.code(plan.codeColumns, of: row)
    }

    /// Whether the row meets the condition.
    func holds(_ condition: ColumnCondition) -> Bool {
        guard condition.filled.allSatisfy(isFilled), !condition.empty.contains(where: isFilled) else { return false }
        if !condition.codeParts.isEmpty {
            guard let code = conditionCode, condition.codeParts.contains(code.parts.count) else { return false }
        }
        if let label = condition.label {
            guard row.cells.contains(where: { HeaderText($0.text).matches(label.spellings) }) else { return false }
        }
        return true
    }

    private func isFilled(_ columns: [Int]) -> Bool {
        columns.contains { row.holds($0) }
    }

    /// The node this row makes at `level`; `withFigures` is false for a carried tujuan or
    /// sasaran, which takes only its name and indikator from the row.
    func node(_ level: RowPlan.LevelPlan, withFigures: Bool) -> PlanNode {
        let columns = level.columns
        var kode: Text?, kodeParts: KodeParts = [], nomor: Text?
        let codeColumns = columns.kode
        let code = level.readsConditionCode ? conditionCode : Self.code(codeColumns, of: row)
        if let code, let first = codeColumns.first {
            kode = Text(row.text(codeColumns), at: figures.location(row, first))
            kodeParts = code.parts
            if level.numberInCode, code.parts.count > 1, columns.nomor.isEmpty {
                // The number as printed (`1.` stays `1.`), from its own column when the code is split.
                let last = codeColumns.last { row.holds($0) } ?? codeColumns[0]
                let ownColumn = codeColumns.count > 1 && RenstraCode(row.text(last))?.parts.count == 1
                let printed = ownColumn ? row.text(last) : code.parts.last!
                nomor = Text(printed, at: figures.location(row, last))
                kodeParts.removeLast()
            }
        } else if let first = codeColumns.first, isFilled(codeColumns) {
            // A code that does not parse is kept as printed, for the reconciler to report.
            kode = Text(row.text(codeColumns), at: figures.location(row, first))
        }
        nomor = nomor ?? text(columns.nomor)
        var nama = text(columns.nama)
        if level.numberInName, nomor == nil, let named = nama, let split = Self.leadingNumber(named.value) {
            nomor = Text(split.number, at: named.at)
            nama = Text(split.rest, at: named.at)
        }
        // Notes belong to the row's own node, not to a tujuan or sasaran it carries down.
        var notes: [String: Text] = [:]
        if withFigures {
            for note in plan.notes where row.holds(note.columns[0]) {
                notes[note.name] = Text(row.text(note.columns), at: figures.location(row, note.columns[0]))
            }
        }
        let indikator = indikator(columns, withFigures: withFigures)
        return PlanNode(level: level.level, row: RowLocation(sheet: figures.sheet, row: row.number), kode: kode,
                        kodeParts: kodeParts, nomor: nomor, nama: nama, indikator: indikator.isEmpty ? [] : [indikator],
                        pagu: withFigures ? yearlyPagu() : [:],
                        paguAkhir: withFigures ? plan.columns.akhirPagu.map { figures.pagu(row, $0) } : nil,
                        lokasi: text(columns.lokasi), notes: notes)
    }

    /// A further indikator for an open carried node (its name is empty but its indikator is not).
    func extraIndikator(for level: RowPlan.LevelPlan) -> Indikator? {
        guard text(level.columns.nama) == nil, level.columns.hasOwnIndikator else { return nil }
        let indikator = indikator(level.columns, withFigures: false)
        return indikator.nama == nil ? nil : indikator
    }

    /// The row as the table's grand total.
    func total() -> TotalRow {
        var total = TotalRow(row: RowLocation(sheet: figures.sheet, row: row.number))
        if let first = row.cells.first, first.kind == .text {
            total.label = Text(first.text, at: figures.location(row, first.column))
        }
        total.pagu = yearlyPagu()
        total.paguAkhir = plan.columns.akhirPagu.map { figures.pagu(row, $0) }
        return total
    }

    /// `1. Koordinasi …` → (`1.`, `Koordinasi …`); nil when the text does not start with a number:
    /// one to three digits, then `.` or `)` or neither, then white space and more text (as the
    /// pattern `^\d{1,3}[.)]?\s+` reads it, scalar by scalar). Both parts are trimmed of blanks.
    static func leadingNumber(_ text: String) -> (number: String, rest: String)? {
        let scalars = text.unicodeScalars
        var end = scalars.startIndex, digits = 0
        while end < scalars.endIndex, scalars[end].properties.numericType == .decimal {
            digits += 1
            end = scalars.index(after: end)
        }
        guard (1...3).contains(digits) else { return nil }
        if end < scalars.endIndex, scalars[end] == "." || scalars[end] == ")" { end = scalars.index(after: end) }
        let spaceStart = end
        while end < scalars.endIndex, scalars[end].properties.isWhitespace { end = scalars.index(after: end) }
        guard end > spaceStart else { return nil }
        var restStart = end, restEnd = scalars.endIndex, numberEnd = end
        while restStart < restEnd, isBlank(scalars[restStart]) { restStart = scalars.index(after: restStart) }
        while restEnd > restStart, isBlank(scalars[scalars.index(before: restEnd)]) { restEnd = scalars.index(before: restEnd) }
        guard restStart < restEnd else { return nil }
        while isBlank(scalars[scalars.index(before: numberEnd)]) { numberEnd = scalars.index(before: numberEnd) }
        return (String(scalars[..<numberEnd]), String(scalars[restStart..<restEnd]))
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool { CharacterSet.whitespaces.contains(scalar) }

    private func indikator(_ columns: LevelColumns, withFigures: Bool) -> Indikator {
        let nama = text(columns.indikator)
        guard withFigures else { return Indikator(nama: nama) }
        return Indikator(nama: nama, satuan: text(columns.satuan) ?? (columns.satuan.isEmpty ? unitAfterTargets() : nil),
                         kondisiAwal: text(columns.kondisiAwal),
                         targets: plan.targetColumns.mapValues { figures.target(row, $0) },
                         targetAkhir: plan.columns.akhirTarget.map { figures.target(row, $0) })
    }

    /// The pagu of each year.
    private func yearlyPagu() -> ByYear<Pagu> {
        plan.paguColumns.mapValues { figures.pagu(row, $0) }
    }

    /// For a layout without a satuan column (T-C.27): the unit written after the first target
    /// figure that has one (`50 KUMKM`, `100 %`), with that cell's location.
    private func unitAfterTargets() -> Text? {
        for column in plan.allTargetColumns {
            if let unit = figures.unit(row, column) { return Text(unit, at: figures.location(row, column)) }
        }
        return nil
    }

    /// The texts of `columns`, located at the first that holds one; nil when none does.
    private func text(_ columns: [Int]) -> Text? {
        guard let first = columns.first(where: { row.holds($0) }) else { return nil }
        return Text(row.text(columns), at: figures.location(row, first))
    }

    /// The code in `columns`: one column holding `2 11 15 3`, or parts spread over several columns.
    private static func code(_ columns: [Int], of row: SourceRow) -> RenstraCode? {
        guard !columns.isEmpty else { return nil }
        if columns.count == 1 { return RenstraCode(row.text(columns[0])) }
        return RenstraCode(columns: columns.map { row.text($0) })
    }
}
