import Foundation

/// A transcribed table: a header line of column names, then one line per printed row, fields
/// separated by tabs, lines by LF. Every field is kept exactly as written.
struct TSVTable: Sendable {
    /// The file name, used in messages.
    let file: String
    let records: [TSVRecord]

    /// Reads `path` and checks that its header is exactly `columns` and every line has as
    /// many fields.
    init(path: String, columns: [String]) throws(SampleError) {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw .unreadableSource(path: path)
        }
        let file = (path as NSString).lastPathComponent
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        let header = lines.first.map { $0.components(separatedBy: "\t") } ?? []
        guard header == columns else { throw .unexpectedColumns(file: file, expected: columns, found: header) }
        let positions = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1, $0) })
        var records: [TSVRecord] = []
        for (offset, line) in lines.enumerated().dropFirst() {
            let fields = line.components(separatedBy: "\t")
            guard fields.count == columns.count else {
                throw .wrongFieldCount(file: file, line: offset + 1, expected: columns.count, found: fields.count)
            }
            records.append(TSVRecord(line: offset + 1, fields: fields, positions: positions))
        }
        self.file = file
        self.records = records
    }
}
