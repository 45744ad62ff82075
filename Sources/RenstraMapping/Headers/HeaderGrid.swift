/// The header block of a table, column by column: for each column, the labels above it from
/// the outermost header row down to its own label (its header path).
///
/// Merged group labels sit in their first cell only, in a workbook as in a CSV export, so a
/// group label is carried right over the empty cells of its row while the columns it covers
/// are either unlabelled or labelled below (a group over sub-columns). A leaf label such as
/// `Satuan`, with nothing below it, is never carried.
struct HeaderGrid {
    /// Header rows, top first: column → label text.
    let rows: [[Int: String]]
    /// Columns known to exist: labelled ones, plus those numbered in a column-number row.
    let columns: [Int]
    /// Each column's header path.
    let paths: [Int: [HeaderText]]

    /// `otherColumns` are columns known from outside the header: numbered in a column-number
    /// row, or holding data.
    init(rows: [[Int: String]], otherColumns: Set<Int> = []) {
        self.rows = rows
        let columns = Set(rows.flatMap(\.keys)).union(otherColumns).sorted()
        self.columns = columns
        let known = Set(columns)
        var carried = rows
        for (rowIndex, row) in rows.enumerated() {
            for (column, label) in row.sorted(by: { $0.key < $1.key }) {
                let isGroup = Self.hasLabel(column, rows, below: rowIndex)
                var next = column + 1
                while known.contains(next), row[next] == nil, !Self.hasLabel(next, rows, atOrAbove: rowIndex),
                      !Self.hasLabel(next, rows) || (isGroup && Self.hasLabel(next, rows, below: rowIndex)) {
                    carried[rowIndex][next] = label
                    next += 1
                }
            }
        }
        var paths: [Int: [HeaderText]] = [:]
        for column in columns {
            var path: [HeaderText] = []
            for row in carried {
                guard let label = row[column], !label.isEmpty else { continue }
                let text = HeaderText(label)
                if path.last?.key != text.key { path.append(text) }
            }
            paths[column] = path
        }
        self.paths = paths
    }

    private static func hasLabel(_ column: Int, _ rows: [[Int: String]], below row: Int) -> Bool {
        rows.indices.contains { $0 > row && rows[$0][column] != nil }
    }

    private static func hasLabel(_ column: Int, _ rows: [[Int: String]], atOrAbove row: Int) -> Bool {
        rows.indices.contains { $0 <= row && rows[$0][column] != nil }
    }

    private static func hasLabel(_ column: Int, _ rows: [[Int: String]]) -> Bool {
        rows.contains { $0[column] != nil }
    }
}
