import Foundation

/// Reads a CSV file as one sheet named after the file. Follows RFC 4180 and what real exports
/// do: quoted fields may hold separators, doubled quotes and line breaks; records end in CRLF,
/// LF or CR; rows may be ragged. Every field is text as written; typing figures is the
/// mapping's job. Cells get A1 addresses (record number, field position) like XLSX cells.
public final class CSVReader: WorkbookReader {
    public let file: String
    public let sheets: [SheetInfo]
    public private(set) var notes: [ReadNote] = []
    /// The separator in use, given or sniffed.
    public let separator: UInt8
    /// The encoding the text was decoded from.
    public let encoding: CSVEncoding

    /// The whole text in UTF-8.
    private let text: ArraySlice<UInt8>
    private let limits: ReadLimits

    public init(path: String, displayName: String? = nil, options: CSVOptions = CSVOptions(),
                limits: ReadLimits = .standard) throws {
        let name = displayName ?? path
        self.file = name
        self.limits = limits
        // The size of what the path names, a link followed (`stat`, without the owner and group
        // look-ups of `FileManager.attributesOfItem`). The read itself stops at the limit too,
        // for a file that grows meanwhile or a device that has no size.
        var status = stat()
        guard stat(path, &status) == 0 else { throw ReadError(file: name, reason: .fileNotFound) }
        guard Int64(status.st_size) <= limits.maxCSVBytes else {
            throw ReadError(file: name, reason: .fileTooLarge(limit: limits.maxCSVBytes))
        }
        let data: [UInt8]
        do {
            data = try FileContents.read(path, sizeHint: Int(status.st_size), limit: Int(limits.maxCSVBytes))
        } catch {
            throw ReadError(file: name, reason: error)
        }
        let decoded = try TextDecoding.decode(data, declared: options.encoding, file: name)
        text = decoded.bytes
        encoding = decoded.encoding
        if let note = decoded.note { notes.append(note) }
        separator = options.separator ?? decoded.bytes.withUnsafeBufferPointer { SeparatorSniffer.sniff($0) }
        let sheetName = ((name as NSString).lastPathComponent as NSString).deletingPathExtension
        sheets = [SheetInfo(name: sheetName, index: 0, visibility: .visible, partName: (name as NSString).lastPathComponent)]
    }

    public func readRows(of sheet: SheetInfo, _ body: (Row) throws -> Void) throws -> SheetLayout {
        try text.withUnsafeBufferPointer { text in
            var parser = CSVRecordParser(text: text, separator: separator, file: file, limits: limits)
            var cells: [Cell] = []
            while let record = try parser.next({ record, position, field in
                guard !field.isEmpty else { return }
                cells.append(Cell(address: CellAddress(row: record.number, column: position + 1)!,
                                  value: .text(String(decoding: field, as: UTF8.self))))
            }) {
                guard !cells.isEmpty else { continue }
                try body(Row(number: record.number, cells: cells))
                cells.removeAll(keepingCapacity: true)
            }
        }
        return SheetLayout()
    }
}
