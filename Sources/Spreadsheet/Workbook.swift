/// Whether a sheet is shown in the workbook's tabs.
public enum SheetVisibility: String, Sendable {
    case visible, hidden, veryHidden
}

/// What the workbook says about one sheet, before its cells are read.
public struct SheetInfo: Hashable, Sendable {
    /// Name on the sheet tab.
    public let name: String
    /// 0-based position among the readable sheets.
    public let index: Int
    public let visibility: SheetVisibility
    /// The part (zip entry) holding the sheet, or the file name for a CSV.
    public let partName: String
}

/// Something a reader wants its user to know that does not stop the read, such as a chart
/// sheet that was skipped or a CSV decoded as Windows-1252.
public struct ReadNote: Hashable, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// A whole sheet in memory: its rows of non-empty cells plus layout facts.
public struct Sheet: Sendable {
    public let info: SheetInfo
    /// Rows that hold at least one cell, in row order.
    public let rows: [Row]
    /// Merged ranges as declared; the value sits in the top-left cell.
    public let mergedRanges: [CellRange]
    /// Hidden rows (including rows hidden without cells).
    public let hiddenRows: [Int]
    /// Hidden column spans, as 1-based closed ranges.
    public let hiddenColumns: [ClosedRange<Int>]
    /// What the reader noticed in this sheet without failing.
    public let notes: [ReadNote]

    public init(info: SheetInfo, rows: [Row], layout: SheetLayout = SheetLayout()) {
        self.info = info
        self.rows = rows
        self.mergedRanges = layout.mergedRanges
        self.hiddenRows = layout.hiddenRows
        self.hiddenColumns = layout.hiddenColumns
        self.notes = layout.notes
    }

    /// Number of non-empty cells.
    public var cellCount: Int { rows.reduce(0) { $0 + $1.cells.count } }

    /// The value at an address, or nil when the cell is empty. Binary search: O(log n).
    public func value(at address: CellAddress) -> CellValue? {
        var low = 0, high = rows.count
        while low < high {
            let mid = (low + high) / 2
            if rows[mid].number < address.row { low = mid + 1 } else { high = mid }
        }
        guard low < rows.count, rows[low].number == address.row else { return nil }
        return rows[low].cells.first { $0.address.column == address.column }?.value
    }
}

/// Layout facts of a sheet that are only known once its part has been read to the end.
public struct SheetLayout: Sendable {
    public var mergedRanges: [CellRange] = []
    public var hiddenRows: [Int] = []
    public var hiddenColumns: [ClosedRange<Int>] = []
    /// What the reader noticed in this sheet without failing.
    public var notes: [ReadNote] = []
    public init() {}
}
