import Spreadsheet

/// The rows at the top of one sheet, read once for every mapping tried on it (see
/// `Importer.importFile`): each `HeaderProbe` replays them instead of reading the sheet again.
/// A probe that wants more rows than were read gets them by a longer read; a read that failed
/// fails each probe at the row where it failed, as reading the sheet itself would.
///
/// A small sheet is read whole, so that it can be imported from these rows too: the read goes
/// on past the rows the probes need, up to `wholeUpTo` rows, while the rows held stay within
/// `cellBudget` cells.
final class SheetTop {
    /// Most cells held beyond the rows the probes need.
    static let cellBudget = 100_000

    private let reader: any WorkbookReader
    private let sheet: SheetInfo
    private var rows: [Row] = []
    /// Rows up to the first numbered `needed` or more are always read…
    private var needed: Int
    /// …and rows up to the first numbered `limit` or more while they fit the budget.
    private var limit: Int
    private var ending: Ending = .notRead

    private enum Ending {
        case notRead
        case sheetEnd
        case stopped
        case failed(any Error)
    }

    private struct Enough: Error {}

    /// The top of `sheet`, read when first asked for: up to row `rows`, and on to row
    /// `wholeUpTo` within the cell budget.
    init(_ reader: any WorkbookReader, sheet: SheetInfo, rows: Int, wholeUpTo: Int = 0) {
        self.reader = reader
        self.sheet = sheet
        needed = max(rows, 1)
        limit = max(needed, wholeUpTo)
    }

    /// Every row of the sheet, when the read so far reached its end; nil when it stopped short,
    /// failed, or has not been made.
    var wholeSheet: [Row]? {
        if case .sheetEnd = ending { return rows }
        return nil
    }

    /// Calls `body` with the sheet's rows in order until it throws or the sheet ends.
    func forEachRow(_ body: (Row) throws -> Void) throws {
        var index = 0
        while true {
            if index == rows.count {
                switch ending {
                case .notRead: read()
                case .stopped:
                    // Each longer read needs twice the rows, so it ends past the last one.
                    needed = 2 * max(needed, rows.last?.number ?? 0)
                    limit = max(limit, needed)
                    read()
                case .sheetEnd: return
                case .failed(let error): throw error
                }
                continue
            }
            try body(rows[index])
            index += 1
        }
    }

    /// Reads from the top again, up to `needed`, then on to `limit` within the budget.
    private func read() {
        var read: [Row] = [], cells = 0
        do {
            _ = try reader.readRows(of: sheet) { row in
                read.append(row)
                cells += row.cells.count
                if row.number >= limit || row.number >= needed && cells > Self.cellBudget { throw Enough() }
            }
            ending = .sheetEnd
        } catch is Enough {
            ending = .stopped
        } catch {
            ending = .failed(error)
        }
        rows = read
    }
}
