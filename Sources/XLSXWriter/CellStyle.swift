/// How a cell looks: font, fill, border, alignment and number format. Styles are values;
/// the workbook collects the distinct ones into its styles part when it is written.
public struct CellStyle: Hashable, Sendable {
    public var font: Font
    /// Background colour; nil leaves the cell unfilled.
    public var fill: Fill?
    public var border: Border
    public var alignment: Alignment
    public var numberFormat: NumberFormat

    public init(font: Font = Font(), fill: Fill? = nil, border: Border = .none,
                alignment: Alignment = Alignment(), numberFormat: NumberFormat = .general) {
        self.font = font
        self.fill = fill
        self.border = border
        self.alignment = alignment
        self.numberFormat = numberFormat
    }

    /// Excel's default look: Arial 10, no fill, no border, General.
    public static let plain = CellStyle()
}

/// The cell font. Every font of a workbook is Arial; only size and weight vary.
public struct Font: Hashable, Sendable {
    /// Size in points.
    public var size: Int
    public var bold: Bool

    public init(size: Int = 10, bold: Bool = false) {
        self.size = size
        self.bold = bold
    }

    /// The family every font of the workbook uses.
    static let family = "Arial"
}

/// A solid background colour.
public struct Fill: Hashable, Sendable {
    /// Six hexadecimal digits, upper case (`FFF2CC`).
    public let rgb: String

    /// A colour from six hexadecimal digits, such as `"FFF2CC"`.
    public init(rgb: String) throws(XLSXWriteError) {
        guard rgb.utf8.count == 6, rgb.allSatisfy(\.isHexDigit) else { throw .invalidColor(rgb) }
        self.rgb = rgb.uppercased()
    }
}

/// Cell edges. `thin` draws a thin black line on all four edges.
public enum Border: Hashable, Sendable {
    case none
    case thin
}

/// Where the content sits in the cell, and whether text wraps onto several lines.
public struct Alignment: Hashable, Sendable {
    public enum Horizontal: String, Sendable { case left, center, right }
    public enum Vertical: String, Sendable { case top, center, bottom }

    /// Nil keeps Excel's default: text to the left, numbers to the right.
    public var horizontal: Horizontal?
    /// Nil keeps Excel's default, the bottom.
    public var vertical: Vertical?
    public var wrapText: Bool

    public init(horizontal: Horizontal? = nil, vertical: Vertical? = nil, wrapText: Bool = false) {
        self.horizontal = horizontal
        self.vertical = vertical
        self.wrapText = wrapText
    }

    /// True when the alignment differs from Excel's default and must be written.
    var isCustom: Bool { horizontal != nil || vertical != nil || wrapText }
}
