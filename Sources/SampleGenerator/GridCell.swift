import XLSXWriter

/// One cell of a sample sheet: content (nil for a blank cell that only carries a border or
/// fill) and style. A number's format comes from the number, not from the style.
struct GridCell: Sendable {
    var content: GridContent?
    var style: CellStyle

    /// The style with the number format the content needs.
    var effectiveStyle: CellStyle {
        guard case .number(let number) = content else { return style }
        var style = style
        style.numberFormat = number.format
        return style
    }
}
