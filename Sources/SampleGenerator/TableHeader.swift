import XLSXWriter

/// The block above a table's body: title lines, a blank row, the multi-row column header with
/// its merged groups, and optionally a row numbering the columns 1, 2, 3, ….
///
/// The header rows come from the columns' label paths. A column whose path is shorter than the
/// deepest one lets its first label reach down over the spare rows (so "Kode" covers two rows
/// above "Urusan", and "Ket" all three). Neighbouring columns that share a label, and all the
/// labels above it, share one merged cell for it. A gap (a column without labels, inserted by
/// hand) gets no label and no number, and a group label merged over the columns on both sides
/// of it reaches over it, as Excel widens a merged cell when a column is inserted inside it.
struct TableHeader: Sendable {
    let titles: [String]
    let columns: [TableColumn]
    let numbersColumns: Bool

    /// Header rows below the titles: the longest label path.
    var depth: Int { columns.map(\.header.count).max() ?? 0 }

    /// Rows the block takes, from its first title to its last header or column-number row.
    var height: Int { titles.count + 1 + depth + (numbersColumns ? 1 : 0) }

    /// Writes the block with its first title on row `top`.
    func write(into grid: inout SheetGrid, top: Int, styles: SampleStyles) {
        let lastColumn = columns.count
        for (offset, title) in titles.enumerated() {
            let row = top + offset
            grid.put(.text(title), row: row, column: 1, style: styles.title)
            grid.merge(CellRange(CellPosition(row: row, column: 1), CellPosition(row: row, column: lastColumn)),
                       style: styles.title)
        }
        let headerTop = top + titles.count + 1
        for group in labelGroups() {
            let range = CellRange(CellPosition(row: headerTop + group.rows.lowerBound, column: group.columns.lowerBound),
                                  CellPosition(row: headerTop + group.rows.upperBound, column: group.columns.upperBound))
            grid.put(Self.typed(group.label), row: range.start.row, column: range.start.column, style: styles.header)
            grid.merge(range, style: styles.header)
        }
        if numbersColumns {
            for (number, column) in columns.indices.filter({ !columns[$0].isGap }).enumerated() {
                grid.put(.number(IndonesianNumber(number + 1)), row: headerTop + depth, column: column + 1,
                         style: styles.columnNumber)
            }
        }
    }

    /// A label as Excel keeps what was typed: a plain number (a year such as `2020`) becomes a
    /// number, anything else text.
    private static func typed(_ label: String) -> GridContent {
        IndonesianNumber(printed: label).map(GridContent.number) ?? .text(label)
    }

    /// One header cell: a label over 1-based columns and 0-based header rows.
    private struct LabelGroup {
        let label: String
        let rows: ClosedRange<Int>
        var columns: ClosedRange<Int>
    }

    private func labelGroups() -> [LabelGroup] {
        var groups: [LabelGroup] = []
        for level in 0..<depth {
            var previousKey: [String]?
            for (offset, column) in columns.enumerated() where level < column.header.count {
                let spare = depth - column.header.count
                let rows = level == 0 ? 0...spare : (level + spare)...(level + spare)
                let key = [String(column.header.count)] + column.header[...level]
                if key == previousKey, let last = groups.last, columns[last.columns.upperBound..<offset].allSatisfy(\.isGap) {
                    groups[groups.count - 1].columns = groups[groups.count - 1].columns.lowerBound...(offset + 1)
                } else {
                    groups.append(LabelGroup(label: column.header[level], rows: rows, columns: (offset + 1)...(offset + 1)))
                }
                previousKey = key
            }
        }
        return groups
    }
}
