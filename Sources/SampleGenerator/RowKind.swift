/// Kinds of printed rows in the transcribed tables.
enum RowKind: String, Sendable {
    case urusan, bidang, program, kegiatan, total

    /// How the row is set apart in the workbooks.
    var emphasis: RowEmphasis {
        switch self {
        case .urusan, .bidang: .subtotal
        case .program: .program
        case .kegiatan: .plain
        case .total: .total
        }
    }
}
