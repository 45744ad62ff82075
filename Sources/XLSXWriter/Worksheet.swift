/// One sheet of a workbook being built: cells with their styles, merged ranges, column widths,
/// row heights, hidden rows and frozen panes. Nothing is written until the workbook is.
public struct Worksheet: Sendable {
    /// A cell as the sheet holds it: content (nil for a blank, styled cell) and style.
    struct Entry: Sendable {
        var content: CellContent?
        var style: CellStyle
    }

    /// The tab name.
    public let name: String
    /// Merged ranges in the order they were added.
    public private(set) var merges: [CellRange] = []
    /// Rows and columns kept in view while scrolling; nil for none.
    public var frozenPane: FrozenPane?

    private(set) var entries: [CellPosition: Entry] = [:]
    private(set) var columnWidths: [Int: Double] = [:]
    private(set) var rowHeights: [Int: Double] = [:]
    private(set) var hiddenRows: Set<Int> = []

    /// Excel's widest column, in characters.
    static let maxColumnWidth = 255.0
    /// Excel's tallest row, in points.
    static let maxRowHeight = 409.0

    /// A sheet named as Excel allows: 1–31 characters, none of `[ ] : * ? / \`, not starting
    /// or ending with an apostrophe.
    public init(name: String) throws(XLSXWriteError) {
        let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
        guard (1...31).contains(name.count), !name.contains(where: forbidden.contains),
              !name.hasPrefix("'"), !name.hasSuffix("'") else {
            throw .invalidSheetName(name)
        }
        self.name = name
    }

    /// Puts `content` with `style` at `position`, replacing what was there. Nil content makes
    /// a blank cell that only carries the style (a border, a fill).
    public mutating func set(_ content: CellContent?, at position: CellPosition, style: CellStyle = .plain) {
        entries[position] = Entry(content: content, style: style)
    }

    /// Merges `range`. Only its top-left cell may hold content; that is checked when the
    /// workbook is written, since content may be set after the merge.
    public mutating func merge(_ range: CellRange) throws(XLSXWriteError) {
        guard range.cellCount > 1 else { throw .singleCellMerge(sheet: name, range: range.description) }
        if let clash = merges.first(where: { $0.overlaps(range) }) {
            throw .overlappingMerges(sheet: name, first: clash.description, second: range.description)
        }
        merges.append(range)
    }

    /// Sets the width of a 1-based column, in characters of the default font (0 < width ≤ 255).
    public mutating func setColumnWidth(_ width: Double, column: Int) throws(XLSXWriteError) {
        guard width > 0, width <= Self.maxColumnWidth else { throw .invalidDimension("column width \(width)") }
        precondition((1...CellPosition.maxColumn).contains(column), "column \(column) lies outside the grid")
        columnWidths[column] = width
    }

    /// Sets the height of a 1-based row, in points (0 < height ≤ 409).
    public mutating func setRowHeight(_ points: Double, row: Int) throws(XLSXWriteError) {
        guard points > 0, points <= Self.maxRowHeight else { throw .invalidDimension("row height \(points)") }
        precondition((1...CellPosition.maxRow).contains(row), "row \(row) lies outside the grid")
        rowHeights[row] = points
    }

    /// Hides a 1-based row.
    public mutating func hideRow(_ row: Int) {
        precondition((1...CellPosition.maxRow).contains(row), "row \(row) lies outside the grid")
        hiddenRows.insert(row)
    }

    /// Refuses content that a merged range hides.
    func checkMerges() throws(XLSXWriteError) {
        for range in merges {
            for row in range.start.row...range.end.row {
                for column in range.start.column...range.end.column where (row, column) != (range.start.row, range.start.column) {
                    let position = CellPosition(row: row, column: column)
                    if entries[position]?.content != nil {
                        throw .valueHiddenByMerge(sheet: name, cell: position.description, range: range.description)
                    }
                }
            }
        }
    }
}
