import Foundation
import RenstraModel
import Spreadsheet

/// Reads one sheet's rows, in order, into a `RenstraDocument` as a mapping describes it.
/// Rows arrive one at a time; only the rows around the header are held back, so memory grows
/// with the tree, not with the sheet.
final class Normaliser {
    /// How many data rows are looked at to learn which columns hold data.
    static let lookahead = 40

    private let mapping: Mapping
    private let file: String
    private let sheet: String
    /// The sheet as the document's locations hold it.
    private let sheetName: SheetName
    private let cellsAreText: Bool
    /// Each anchor label's spellings, folded once: `findHeader` tests every row near the top.
    private let anchorFolds: [[String]]
    /// Set for a `HeaderProbe`, which wants only the columns: the rows held back until they
    /// are known are then not processed.
    private let columnsOnly: Bool

    private var pending: [SourceRow] = []
    private var headerStart: Int?
    private var headerRows: [[Int: String]] = []
    /// The header rows' labels, folded once, to recognise a header printed again.
    private var headerKeys: [[Int: String]] = []
    private var titleKeys: Set<String> = []
    private var titleTexts: [String] = []
    private var columns: ResolvedColumns?
    private var plan: RowPlan?
    private var figures: FigureReader?
    private var moneyUnit = MoneyUnit.rupiah

    private var builder = TreeBuilder()
    private var total: TotalRow?
    private var ignored: [IgnoredRow] = []
    private var counts = RowCounts()
    /// The row number each data row was first seen at.
    private var seenRows = SeenRows()
    /// The last row of a repeated header block still to be set aside.
    private var skipHeaderThrough = 0
    /// The columns that tell one data row from another: all but notes and carried context,
    /// which a reprint at the top of a page may or may not repeat.
    private var signatureColumns: [Int] = []
    /// What the reading thread may do for a row ahead of `consume`.
    let preparation = RowPreparation()

    init(mapping: Mapping, file: String, sheet: String, cellsAreText: Bool, columnsOnly: Bool = false) {
        self.mapping = mapping
        self.file = file
        self.sheet = sheet
        sheetName = SheetName(sheet)
        self.cellsAreText = cellsAreText
        anchorFolds = mapping.header.anchor.map { $0.spellings.map(HeaderText.fold) }
        self.columnsOnly = columnsOnly
    }

    /// How many columns the mapping found, how well it fits this sheet; nil until the columns
    /// are worked out, `lookahead` rows past the header (or at the end of a shorter sheet).
    var columnScore: Int? { columns?.score }

    /// Takes the next row of the sheet.
    func consume(_ row: Row) throws {
        try consume(preparation.prepare(row))
    }

    /// Takes the next row of the sheet, as `preparation` prepared it.
    func consume(_ prepared: PreparedRow) throws {
        let source = prepared.row
        if source.isEmpty { return }
        counts.read += 1
        if columns != nil { process(prepared); return }
        pending.append(source)
        if headerStart == nil, let start = findHeader(source) { headerStart = start }
        if headerStart == nil, source.number > mapping.header.searchRows { throw headerNotFound() }
        if let start = headerStart, source.number >= start + mapping.header.rows + Self.lookahead { try resolve() }
    }

    /// Ends the sheet and returns the document.
    func finish() throws -> RenstraDocument {
        if columns == nil {
            guard headerStart != nil else { throw headerNotFound() }
            try resolve()
        }
        let years = columns?.years.map(\.year) ?? []
        return RenstraDocument(
            file: file, sheet: sheet, mapping: mapping.reference, title: Self.title(titleTexts),
            opd: titleTexts.first { Self.looksLikeOPD($0) }, years: years, statedMoneyUnit: columns?.statedMoneyUnit,
            moneyUnit: moneyUnit, paguHeader: paguHeader(), fieldColumns: fieldColumns(), nodes: builder.finish(),
            total: total, ignoredRows: ignored, rowCounts: counts)
    }

    /// The cell holding the first year's pagu label: the lowest header row labelling that column.
    private func paguHeader() -> CellLocation? {
        guard let start = headerStart, let column = columns?.years.lazy.compactMap(\.pagu).first,
              let index = headerRows.lastIndex(where: { $0[column] != nil }) else { return nil }
        return CellLocation(sheet: sheetName, row: start + index, column: column)
    }

    /// The column of each level's text fields; a number printed in the code or in the name sits
    /// in the code's last column or in the name's column.
    private func fieldColumns() -> FieldColumns {
        guard let columns else { return FieldColumns() }
        var fields: [Level: [FieldColumns.Field: Int]] = [:]
        for rule in mapping.levels {
            func first(_ kind: Field.Kind) -> Int? { columns.columns(kind, for: rule.level).first }
            let code = columns.columns(.kode, for: rule.level)
            var found: [FieldColumns.Field: Int] = [:]
            found[.kode] = code.first
            found[.nama] = first(.nama)
            found[.indikator] = first(.indikator)
            found[.satuan] = first(.satuan)
            found[.kondisiAwal] = first(.kondisiAwal)
            found[.nomor] = first(.nomor) ?? (rule.numberInCode && code.count > 1 ? code.last : nil)
                ?? (rule.numberInName ? first(.nama) : nil)
            fields[rule.level] = found
        }
        return FieldColumns(fields)
    }

    // MARK: header

    private func headerNotFound() -> ImportError {
        ImportError(file: file, sheet: sheet, problem: .headerNotFound(
            mapping: mapping.reference, anchor: mapping.header.anchor.map { "\"\($0)\"" }.joined(separator: ", ")))
    }

    /// The row's number when it holds every anchor label: some cell reads as one of each
    /// anchor's spellings.
    private func findHeader(_ row: SourceRow) -> Int? {
        guard row.number <= mapping.header.searchRows else { return nil }
        var unmatched = Array(anchorFolds.indices)
        for cell in row.cells where !unmatched.isEmpty {
            unmatched.removeAll { HeaderText.reads(cell.text, asOneOf: anchorFolds[$0]) }
        }
        return unmatched.isEmpty ? row.number : nil
    }

    /// Works out the columns from the header block, then (unless only the columns are wanted)
    /// the money unit and the plan for each row, and processes the rows held back.
    private func resolve() throws {
        guard let start = headerStart else { return }
        let headerRange = start..<(start + mapping.header.rows)
        var rowsByNumber: [Int: SourceRow] = [:]
        for row in pending { rowsByNumber[row.number] = row }
        headerRows = headerRange.map { rowsByNumber[$0]?.texts ?? [:] }
        headerKeys = headerRows.map { $0.mapValues(HeaderText.fold) }
        var otherColumns = Set<Int>()
        for row in pending where row.number >= headerRange.upperBound { otherColumns.formUnion(row.cells.map(\.column)) }
        let grid = HeaderGrid(rows: headerRows, otherColumns: otherColumns)
        do {
            columns = try ColumnResolver(mapping: mapping).resolve(grid)
        } catch {
            throw ImportError(file: file, sheet: sheet, problem: Self.problem(error, mapping.reference))
        }
        if columnsOnly { return }
        switch mapping.money.unit {
        case .fixed(let unit): moneyUnit = unit
        case .stated: moneyUnit = columns?.statedMoneyUnit ?? .rupiah
        case .detect: moneyUnit = detectMoneyUnit(stated: columns?.statedMoneyUnit ?? .rupiah, rows: pending)
        }
        if let columns {
            let carried = Set(mapping.levels.filter(\.carried).map(\.level))
            var identifying = Set(columns.fields.filter { field, _ in
                field.kind != .note && !(field.level.map(carried.contains) ?? false)
            }.values.joined())
            identifying.formUnion(columns.allTargetColumns + columns.allPaguColumns)
            signatureColumns = identifying.sorted()
            if mapping.skip.repeatedRows { preparation.fingerprint(columns: signatureColumns) }
            plan = RowPlan(mapping: mapping, columns: columns)
        }
        figures = FigureReader(sheet: sheetName, parser: NumberParser(locale: mapping.locale), moneyFactor: moneyUnit.factor,
                               cellsAreText: cellsAreText)
        let held = pending
        pending = []
        for row in held {
            if row.number < start {
                let text = row.allText
                titleTexts.append(text)
                titleKeys.insert(HeaderText.fold(text))
                ignore(row, .title)
            } else if headerRange.contains(row.number) {
                ignore(row, .header)
            } else {
                process(PreparedRow(row: row, fingerprint: nil))
            }
        }
    }

    /// The stated unit, unless the first pagu figures are far too large for it: a kegiatan of
    /// ten million ribu (ten billion rupiah) or more is a header over full Rupiah.
    private func detectMoneyUnit(stated: MoneyUnit, rows: [SourceRow]) -> MoneyUnit {
        guard stated != .rupiah, let columns else { return stated }
        let probe = FigureReader(sheet: sheetName, parser: NumberParser(locale: mapping.locale), moneyFactor: 1, cellsAreText: cellsAreText)
        let values = rows.flatMap { row in columns.years.compactMap(\.pagu).compactMap { probe.pagu(row, $0).value?.value } }
            .filter { $0 > 0 }.sorted()
        guard !values.isEmpty else { return stated }
        return values[values.count / 2] >= 10_000_000 ? .rupiah : stated
    }

    private static func problem(_ error: ColumnProblem, _ mapping: String) -> ImportError.Problem {
        switch error {
        case .missing(let field, let header): return .missingColumn(mapping: mapping, field: field, header: header)
        case .ambiguous(let field, let columns): return .ambiguousColumn(mapping: mapping, field: field, columns: columns)
        case .noYears(let labels): return .noYearColumns(mapping: mapping, labels: labels)
        }
    }

    /// The table's title among the rows above the header: the longest that names neither the
    /// OPD nor the period (`MATRIKS RENCANA PROGRAM, …` rather than `TABEL 5.1`).
    private static func title(_ texts: [String]) -> String? {
        let candidates = texts.filter { !looksLikeOPD($0) && !$0.uppercased().hasPrefix("PERIODE") }
        return candidates.max { $0.count < $1.count } ?? texts.first
    }

    private static func looksLikeOPD(_ text: String) -> Bool {
        let upper = text.uppercased()
        return ["DINAS ", "BADAN ", "SEKRETARIAT ", "INSPEKTORAT", "KANTOR ", "SATUAN POLISI", "BIRO "].contains { upper.hasPrefix($0) }
    }

    // MARK: rows

    /// Sets the row aside or places it; the fingerprint, when prepared, is the row's over `signatureColumns`.
    private func process(_ prepared: PreparedRow) {
        let row = prepared.row
        if row.number <= skipHeaderThrough {
            ignore(row, mapping.header.columnNumbers && RowRecognisers.isColumnNumbers(row) ? .columnNumbers : .header)
            return
        }
        if mapping.skip.repeatedHeaders, let index = headerKeys.firstIndex(where: { RowRecognisers.repeatsHeader(row, $0) }) {
            skipHeaderThrough = row.number + (headerRows.count - 1 - index) + (mapping.header.columnNumbers ? 1 : 0)
            ignore(row, .header)
            return
        }
        // A title is one merged cell (two at most, with a stray label beside it).
        if row.cells.count <= 2, titleKeys.contains(HeaderText.fold(row.allText)) {
            ignore(row, .title)
            return
        }
        if mapping.skip.columnNumbers, RowRecognisers.isColumnNumbers(row) { ignore(row, .columnNumbers); return }
        if mapping.skip.pageNumbers, RowRecognisers.isPageNumber(row) { ignore(row, .pageNumber); return }
        if mapping.skip.repeatedRows {
            let fingerprint = prepared.fingerprint ?? RowFingerprint(row, columns: signatureColumns)
            if let first = seenRows.firstRow(of: fingerprint, seenAt: row.number) {
                ignored.append(IgnoredRow(row: RowLocation(sheet: sheetName, row: row.number), reason: .repeatedRow,
                                          excerpt: row.excerpt, repeats: RowLocation(sheet: sheetName, row: first)))
                counts.ignored += 1
                return
            }
        }
        if place(row) { counts.placed += 1 } else { ignore(row, .unplaced) }
    }

    private func ignore(_ row: SourceRow, _ reason: IgnoredRow.Reason) {
        ignored.append(IgnoredRow(row: RowLocation(sheet: sheetName, row: row.number), reason: reason, excerpt: row.excerpt))
        counts.ignored += 1
    }

    /// Puts the row into the tree (or as the total); false when no rule takes it.
    private func place(_ row: SourceRow) -> Bool {
        guard let plan, let figures else { return false }
        let reader = RowFields(row: row, plan: plan, figures: figures)
        var placed = false
        for level in plan.levels where level.carried {
            if reader.holds(level.condition) {
                builder.add(reader.node(level, withFigures: false), depth: level.depth)
                placed = true
            } else if let indikator = reader.extraIndikator(for: level) {
                placed = builder.modifyOpen(level.level) { $0.indikator.append(indikator) } || placed
            }
        }
        if let total = plan.total, reader.holds(total) {
            self.total = reader.total()
            return true
        }
        if let level = plan.levels.first(where: { !$0.carried && reader.holds($0.condition) }) {
            builder.add(reader.node(level, withFigures: true), depth: level.depth)
            return true
        }
        return placed
    }
}
