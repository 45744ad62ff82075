import Spreadsheet
import Synchronization

/// A row as the normaliser takes it: its cells and, when the columns that tell data rows
/// apart were known when it was prepared, its fingerprint over them.
struct PreparedRow: Sendable {
    let row: SourceRow
    let fingerprint: RowFingerprint?
}

/// The work on a row that needs nothing of the rows before it, for the thread that reads
/// ahead to do while the normaliser is behind (see `readRowsAhead(of:preparing:_:)`). Once
/// the normaliser has worked out which columns tell data rows apart it publishes them; rows
/// prepared before that get their fingerprint from the normaliser.
final class RowPreparation: Sendable {
    private let signatureColumns = Mutex<[Int]?>(nil)

    /// From now on, rows are prepared with their fingerprint over `columns`.
    func fingerprint(columns: [Int]) {
        signatureColumns.withLock { $0 = columns }
    }

    func prepare(_ row: Row) -> PreparedRow {
        let source = SourceRow(row)
        let columns = signatureColumns.withLock { $0 }
        return PreparedRow(row: source, fingerprint: columns.map { RowFingerprint(source, columns: $0) })
    }
}
