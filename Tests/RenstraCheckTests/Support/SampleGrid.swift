import Foundation
@testable import RenstraCheck
@testable import RenstraMapping
import RenstraModel
import Spreadsheet

/// A sample workbook's cells, read once, to mutate and feed to the normaliser: the whole
/// pipeline (normaliser, then every check) runs on each mutated grid. A window keeps the
/// title and header rows and one block of the table (a program and its kegiatan, or a small
/// urusan with its subtotals), so that each case reads a few dozen rows, not the whole sheet.
struct SampleGrid: Sendable {
    let file: String
    let sheet: String
    let mapping: Mapping
    let rows: [Row]
    let baseline: RenstraDocument
    /// What the reconciler finds in the unmutated grid.
    let baselineReport: [Finding]
    let baselineFindings: Set<At>

    init(_ file: String) throws {
        let reader = try SpreadsheetFile.open(SampleFindings.root.appendingPathComponent("samples/\(file)").path,
                                              displayName: "samples/\(file)")
        guard let info = reader.sheets.first else { throw CocoaError(.fileReadCorruptFile) }
        try self.init(file: "samples/\(file)", sheet: info.name, mapping: SampleFindings.mapping(for: file),
                      rows: reader.sheet(info).rows)
    }

    private init(file: String, sheet: String, mapping: Mapping, rows: [Row]) throws {
        self.file = file
        self.sheet = sheet
        self.mapping = mapping
        self.rows = rows
        baseline = try Self.normalise(rows, file, sheet, mapping)
        baselineReport = Reconciler.findings(for: baseline)
        baselineFindings = Set(At.all(baselineReport))
    }

    static let tabel51 = Result { try SampleGrid("tabel-5.1.xlsx") }
    static let tabel61 = Result { try SampleGrid("tabel-6.1.xlsx") }

    /// The windows of a table: each program block, and each urusan block of at most `limit` rows.
    static func windows(of grid: SampleGrid, limit: Int = 10) throws -> [SampleGrid] {
        let firstRow = grid.baseline.allNodes.map(\.row.row).min() ?? 1
        let blocks = grid.baseline.allNodes.filter { node in
            let rows = node.allNodes.map(\.row.row)
            return node.level == .program || (node.level == .urusan && rows.max()! - rows.min()! < limit)
        }
        return try blocks.map { node in
            let span = node.allNodes.map(\.row.row)
            let kept = grid.rows.filter { $0.number < firstRow || (span.min()!...span.max()!).contains($0.number) }
            return try SampleGrid(file: grid.file, sheet: grid.sheet, mapping: grid.mapping, rows: kept)
        }
    }

    /// The document the normaliser makes of `rows`.
    func document(_ rows: [Row]) throws -> RenstraDocument { try Self.normalise(rows, file, sheet, mapping) }

    private static func normalise(_ rows: [Row], _ file: String, _ sheet: String, _ mapping: Mapping) throws -> RenstraDocument {
        let normaliser = Normaliser(mapping: mapping, file: file, sheet: sheet, cellsAreText: false)
        for row in rows { try normaliser.consume(row) }
        return try normaliser.finish()
    }

    /// The value of the cell at an A1 reference.
    func value(at a1: String) -> CellValue? {
        guard let address = CellAddress(a1: a1) else { return nil }
        return rows.first { $0.number == address.row }?.cells.first { $0.address == address }?.value
    }

    /// The rows with the cell at `a1` set to `value`.
    func replacing(_ a1: String, with value: CellValue) -> [Row] {
        guard let address = CellAddress(a1: a1) else { return rows }
        return rows.map { row in
            guard row.number == address.row else { return row }
            return Row(number: row.number, cells: row.cells.map { $0.address == address ? Cell(address: address, value: value) : $0 })
        }
    }

    /// The rows with row `number` left out.
    func deleting(row number: Int) -> [Row] { rows.filter { $0.number != number } }

    /// The rows with row `number` printed again just below it, the rows after it moved down one.
    func repeating(row number: Int) -> [Row] {
        rows.flatMap { row -> [Row] in
            if row.number < number { return [row] }
            let moved = Self.move(row, to: row.number + 1)
            return row.number == number ? [row, moved] : [moved]
        }
    }

    private static func move(_ row: Row, to number: Int) -> Row {
        Row(number: number, cells: row.cells.map { Cell(address: CellAddress(row: number, column: $0.address.column)!, value: $0.value) })
    }
}
