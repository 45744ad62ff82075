/// A rectangular block of cells, such as a merged range `A1:C2`.
public struct CellRange: Hashable, Sendable, CustomStringConvertible {
    /// Top-left cell.
    public let start: CellPosition
    /// Bottom-right cell.
    public let end: CellPosition

    /// The block spanned by two opposite corners, given in any order.
    public init(_ first: CellPosition, _ second: CellPosition) {
        start = CellPosition(row: min(first.row, second.row), column: min(first.column, second.column))
        end = CellPosition(row: max(first.row, second.row), column: max(first.column, second.column))
    }

    /// Number of cells in the block.
    public var cellCount: Int { (end.row - start.row + 1) * (end.column - start.column + 1) }

    /// Whether the two blocks share at least one cell.
    public func overlaps(_ other: CellRange) -> Bool {
        start.row <= other.end.row && other.start.row <= end.row
            && start.column <= other.end.column && other.start.column <= end.column
    }

    public var description: String { start == end ? start.description : "\(start):\(end)" }
}
