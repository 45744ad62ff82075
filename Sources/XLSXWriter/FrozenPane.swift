/// The top rows and left columns that stay in view while the rest scrolls.
public struct FrozenPane: Hashable, Sendable {
    /// Number of frozen rows from the top.
    public let rows: Int
    /// Number of frozen columns from the left.
    public let columns: Int

    /// Freezes `rows` rows and `columns` columns; at least one of them must be positive.
    public init(rows: Int, columns: Int = 0) {
        precondition(rows >= 0 && columns >= 0 && rows + columns > 0, "a frozen pane needs a row or a column")
        self.rows = rows
        self.columns = columns
    }
}
