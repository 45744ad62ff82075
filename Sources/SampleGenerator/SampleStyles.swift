import XLSXWriter

/// How a body row is set apart from kegiatan rows.
enum RowEmphasis: Sendable {
    case plain
    /// A program row: bold on a light yellow fill.
    case program
    /// An urusan or bidang subtotal: bold on a light blue fill.
    case subtotal
    /// The grand total: bold on a light green fill.
    case total
}

/// The look of the sample workbooks: titles, table headers, the column-number row and body
/// cells, in the style of a provincial office's spreadsheet (Arial 10, thin grid lines).
struct SampleStyles: Sendable {
    let title = CellStyle(font: Font(size: 12, bold: true), alignment: Alignment(horizontal: .center))
    let header: CellStyle
    let columnNumber: CellStyle
    let pageNumber = CellStyle(alignment: Alignment(horizontal: .center))
    private let programFill: Fill
    private let subtotalFill: Fill
    private let totalFill: Fill

    init() throws(XLSXWriteError) {
        header = CellStyle(font: Font(bold: true), fill: try Fill(rgb: "D9D9D9"), border: .thin,
                           alignment: Alignment(horizontal: .center, vertical: .center, wrapText: true))
        columnNumber = CellStyle(fill: try Fill(rgb: "F2F2F2"), border: .thin, alignment: Alignment(horizontal: .center))
        programFill = try Fill(rgb: "FFF2CC")
        subtotalFill = try Fill(rgb: "DDEBF7")
        totalFill = try Fill(rgb: "E2EFDA")
    }

    /// A body cell of a column of `kind` on a row with `emphasis`.
    func body(_ kind: ColumnKind, _ emphasis: RowEmphasis) -> CellStyle {
        let alignment = switch kind {
        case .text, .wrappedFigure: Alignment(horizontal: .left, vertical: .top, wrapText: true)
        case .figure: Alignment(horizontal: .right, vertical: .top)
        case .code: Alignment(horizontal: .center, vertical: .top)
        }
        let fill: Fill? = switch emphasis {
        case .plain: nil
        case .program: programFill
        case .subtotal: subtotalFill
        case .total: totalFill
        }
        return CellStyle(font: Font(bold: emphasis != .plain), fill: fill, border: .thin, alignment: alignment)
    }
}
