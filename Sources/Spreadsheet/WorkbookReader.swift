/// A spreadsheet opened for reading: its sheet list up front, each sheet's rows streamed on
/// demand. Implemented by `XLSXReader` and `CSVReader`.
public protocol WorkbookReader: AnyObject {
    /// The file as the user named it, used in every message.
    var file: String { get }
    /// Readable sheets in tab order.
    var sheets: [SheetInfo] { get }
    /// What the reader noticed without failing (skipped chart sheets, a guessed encoding…).
    var notes: [ReadNote] { get }
    /// Streams the rows of `sheet` that hold cells, in order, and returns its layout facts.
    func readRows(of sheet: SheetInfo, _ body: (Row) throws -> Void) throws -> SheetLayout
}

extension WorkbookReader {
    /// Reads a whole sheet into memory.
    public func sheet(_ info: SheetInfo) throws -> Sheet {
        var rows: [Row] = []
        let layout = try readRows(of: info) { rows.append($0) }
        return Sheet(info: info, rows: rows, layout: layout)
    }

    /// Finds a sheet by its tab name, or by its 1-based position when `selector` is a number.
    public func sheetInfo(_ selector: String) throws -> SheetInfo {
        if let match = sheets.first(where: { $0.name == selector }) { return match }
        if let position = Int(selector), (1...sheets.count).contains(position) { return sheets[position - 1] }
        if let match = sheets.first(where: { $0.name.lowercased() == selector.lowercased() }) { return match }
        throw ReadError(file: file, reason: .sheetNotFound(selector))
    }
}

/// Opens any supported spreadsheet file, deciding by its content rather than its name.
public enum SpreadsheetFile {
    /// Opens `path` as XLSX/XLSM or CSV. `displayName` is what messages call the file.
    public static func open(_ path: String, displayName: String? = nil, limits: ReadLimits = .standard,
                            csv: CSVOptions = CSVOptions()) throws -> any WorkbookReader {
        let name = displayName ?? path
        switch try FileSignature.detect(path: path, file: name) {
        case .zip: return try XLSXReader(path: path, displayName: name, limits: limits)
        case .text: return try CSVReader(path: path, displayName: name, options: csv, limits: limits)
        }
    }
}
