import XLSXWriter

/// What one cell of a sample sheet holds: text as printed, or a number with the format that
/// shows it as printed.
enum GridContent: Hashable, Sendable {
    case text(String)
    case number(IndonesianNumber)

    /// A printed figure under the number/text rule of `IndonesianNumber`: nil when empty.
    static func figure(_ printed: String) -> GridContent? {
        if printed.isEmpty { return nil }
        return IndonesianNumber(printed: printed).map(GridContent.number) ?? .text(printed)
    }

    /// Printed text that stays text whatever it looks like (names, units, places): nil when empty.
    static func words(_ printed: String) -> GridContent? {
        printed.isEmpty ? nil : GridContent.text(printed)
    }

    /// The cell as the xlsx stores it.
    var cellContent: CellContent {
        switch self {
        case .text(let text): .text(text)
        case .number(let number): .number(number.value)
        }
    }

    /// The cell as Excel shows it, and so as "Save as CSV" writes it.
    var displayed: String {
        switch self {
        case .text(let text): text
        case .number(let number): number.displayed
        }
    }
}
