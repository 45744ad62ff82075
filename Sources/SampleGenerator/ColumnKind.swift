/// How a body column shows its cells, and whether its figures follow the number/text rule.
enum ColumnKind: Sendable {
    /// Words: always text, wrapped, top left.
    case text
    /// A figure or a phrase (`0`, `12 bulan`, a sentence): number/text rule, wrapped, top left.
    case wrappedFigure
    /// A figure: number/text rule, top right.
    case figure
    /// A code part: number/text rule, top centre.
    case code
}
