/// One line of a transcribed table.
struct TSVRecord: Sendable {
    /// 1-based line number in the file (the header is line 1).
    let line: Int
    let fields: [String]
    let positions: [String: Int]

    /// The field under `column`. Columns are checked against the header when the table is
    /// read, so an unknown name is a programming error.
    subscript(column: String) -> String {
        guard let position = positions[column] else { preconditionFailure("no column \(column)") }
        return fields[position]
    }

    /// The same line with `column` holding `value` instead.
    func replacing(_ column: String, with value: String) -> TSVRecord {
        guard let position = positions[column] else { preconditionFailure("no column \(column)") }
        var fields = fields
        fields[position] = value
        return TSVRecord(line: line, fields: fields, positions: positions)
    }
}
