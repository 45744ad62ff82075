/// What a cell holds. A cell without content (only a style) is written as a blank cell.
public enum CellContent: Hashable, Sendable {
    /// Text, stored once in the shared strings part.
    case text(String)
    /// A number, written as its exact decimal text.
    case number(ExactNumber)
}
