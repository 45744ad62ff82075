/// How far down the left context cells of a table reach (misi, tujuan, sasaran, indikator
/// sasaran…). The transcriptions give each value only on the first row it governs; the source
/// does not show where it stops. A value is taken to govern the rows below it until the next
/// row that gives a value in its own column or in a column above it in the hierarchy, and
/// never into a total row. That is exactly what filling the blanks downwards gives, so the
/// merged cells of the xlsx and the blanks of the CSV say the same thing.
enum ContextSpans {
    /// One merged block: a context column and the body rows (indices into `rows`) it covers.
    struct Span: Equatable {
        let field: String
        let rows: ClosedRange<Int>
    }

    /// The spans of `fields`, given outermost first, over `rows`.
    static func spans(of fields: [String], over rows: [SourceRow]) -> [Span] {
        var spans: [Span] = []
        for (level, field) in fields.enumerated() {
            let governing = fields[...level]
            for (start, row) in rows.enumerated() where !row[field].isEmpty && row.kind != .total {
                var end = start
                while end + 1 < rows.count, rows[end + 1].kind != .total,
                      governing.allSatisfy({ rows[end + 1][$0].isEmpty }) {
                    end += 1
                }
                spans.append(Span(field: field, rows: start...end))
            }
        }
        return spans
    }
}
