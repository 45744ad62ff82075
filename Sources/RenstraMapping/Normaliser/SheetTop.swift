import Spreadsheet

/// The rows at the top of one sheet, read once for every mapping tried on it (see
/// `Importer.importFile`): each `HeaderProbe` replays them instead of reading the sheet again.
/// A probe that wants more rows than were read gets them by a longer read; a read that failed
/// fails each probe at the row where it failed, as reading the sheet itself would.
final class SheetTop {
    private let reader: any WorkbookReader
    private let sheet: SheetInfo
    private var rows: [Row] = []
    /// Rows are read up to the first numbered `limit` or more.
    private var limit: Int
    private var ending: Ending = .notRead

    private enum Ending {
        case notRead
        case sheetEnd
        case limit
        case failed(any Error)
    }

    private struct Enough: Error {}

    /// The top of `sheet`, read up to row `rows` when first asked for.
    init(_ reader: any WorkbookReader, sheet: SheetInfo, rows: Int) {
        self.reader = reader
        self.sheet = sheet
        limit = max(rows, 1)
    }

    /// Calls `body` with the sheet's rows in order until it throws or the sheet ends.
    func forEachRow(_ body: (Row) throws -> Void) throws {
        var index = 0
        while true {
            if index == rows.count {
                switch ending {
                case .notRead: read()
                case .limit:
                    limit *= 2
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

    /// Reads from the top again, up to `limit`.
    private func read() {
        var read: [Row] = []
        do {
            _ = try reader.readRows(of: sheet) { row in
                read.append(row)
                if row.number >= limit { throw Enough() }
            }
            ending = .sheetEnd
        } catch is Enough {
            ending = .limit
        } catch {
            ending = .failed(error)
        }
        rows = read
    }
}
