import Foundation
import RenstraModel
import Spreadsheet

/// Reads a Renstra matrix from a workbook or CSV into a `RenstraDocument`.
public enum Importer {
    /// The document, and which mapping read it and why.
    public struct Result: Sendable {
        public let document: RenstraDocument
        public let mapping: Mapping
        /// Set when the mapping was chosen automatically: how it was chosen.
        public let choice: String?
    }

    /// Imports `path` with `mapping`, or with the shipped mapping whose header fits best.
    public static func importFile(_ path: String, displayName: String? = nil, mapping: Mapping?,
                                  candidates: [Mapping]? = nil) throws -> Result {
        let reader = try SpreadsheetFile.open(path, displayName: displayName)
        if let mapping {
            return Result(document: try read(reader, with: mapping), mapping: mapping, choice: nil)
        }
        var tried: [String] = []
        var best: (mapping: Mapping, score: Int)?
        let candidates = try candidates ?? ShippedMappings.all()
        let rowsToDecide = candidates.map(HeaderProbe.rowsToDecide).max() ?? 1
        let tops = reader.sheets.map { SheetTop(reader, sheet: $0, rows: rowsToDecide, wholeUpTo: smallSheetRows) }
        for candidate in candidates {
            do {
                let score = try fit(reader, candidate, tops: tops)
                if score > best?.score ?? 0 { best = (candidate, score) }
                tried.append("\(candidate.name): fits (score \(score))")
            } catch let error as ImportError {
                tried.append("\(candidate.name): \(error.explanation)")
            }
        }
        guard let chosen = best?.mapping else {
            throw ImportError(file: reader.file, problem: .noMappingFits(tried: tried))
        }
        let others = tried.count - 1
        return Result(document: try read(reader, with: chosen, tops: tops), mapping: chosen,
                      choice: "chose mapping \(chosen.name), the best fit of \(others + 1) shipped mappings")
    }

    /// Sheets of at most this many rows are read once while a mapping is chosen, and then
    /// imported from those rows rather than read again.
    static let smallSheetRows = 1_000

    /// Reads the sheet the mapping selects.
    public static func read(_ reader: any WorkbookReader, with mapping: Mapping) throws -> RenstraDocument {
        try read(reader, with: mapping, tops: nil)
    }

    /// Reads the sheet the mapping selects, from its top in `tops` when that is the whole sheet.
    private static func read(_ reader: any WorkbookReader, with mapping: Mapping, tops: [SheetTop]?) throws -> RenstraDocument {
        let cellsAreText = reader is CSVReader
        for sheet in try sheets(reader, mapping) {
            let normaliser = Normaliser(mapping: mapping, file: reader.file, sheet: sheet.name, cellsAreText: cellsAreText)
            do {
                if let rows = tops?[sheet.index].wholeSheet {
                    for row in rows { try normaliser.consume(row) }
                } else {
                    _ = try reader.readRowsAhead(of: sheet, preparing: normaliser.preparation.prepare) { try normaliser.consume($0) }
                }
                return try normaliser.finish()
            } catch let error as ImportError {
                if case .headerNotFound = error.problem, case .byHeader = mapping.sheet, sheet != reader.sheets.last { continue }
                throw error
            }
        }
        throw ImportError(file: reader.file, problem: .headerNotFound(
            mapping: mapping.reference, anchor: mapping.header.anchor.map { "\"\($0)\"" }.joined(separator: ", ")))
    }

    /// How well `mapping` fits the file: the number of columns it finds, or an error saying why
    /// it does not fit. `tops` are the tops of the reader's sheets, in order.
    static func fit(_ reader: any WorkbookReader, _ mapping: Mapping, tops: [SheetTop]) throws -> Int {
        var lastError: ImportError?
        for sheet in try sheets(reader, mapping) {
            let probe = HeaderProbe(mapping: mapping, file: reader.file, sheet: sheet.name)
            do {
                try tops[sheet.index].forEachRow { row in try probe.consume(row) }
                return try probe.score()
            } catch HeaderProbe.Done.found(let score) {
                return score
            } catch let error as ImportError {
                lastError = error
            }
        }
        throw lastError ?? ImportError(file: reader.file, problem: .headerNotFound(mapping: mapping.reference, anchor: ""))
    }

    private static func sheets(_ reader: any WorkbookReader, _ mapping: Mapping) throws -> [SheetInfo] {
        switch mapping.sheet {
        case .byHeader:
            return reader.sheets
        case .name(let name):
            guard let sheet = reader.sheets.first(where: { $0.name == name }) ?? reader.sheets.first(where: {
                HeaderText.fold($0.name) == HeaderText.fold(name)
            }) else {
                throw ImportError(file: reader.file, problem: .sheetNotFound(name, available: reader.sheets.map(\.name)))
            }
            return [sheet]
        case .index(let index):
            guard reader.sheets.indices.contains(index - 1) else {
                throw ImportError(file: reader.file, problem: .sheetNotFound("number \(index)", available: reader.sheets.map(\.name)))
            }
            return [reader.sheets[index - 1]]
        }
    }
}
