import RenstraModel
import Spreadsheet

/// Reads only the top of a sheet to tell whether a mapping's header fits, and how well;
/// stops the read as soon as it knows.
final class HeaderProbe {
    enum Done: Error { case found(Int) }

    private let normaliser: Normaliser
    private let mapping: Mapping
    private var rowsAfterHeader = 0

    init(mapping: Mapping, file: String, sheet: String) {
        self.mapping = mapping
        normaliser = Normaliser(mapping: mapping, file: file, sheet: sheet, cellsAreText: false)
    }

    func consume(_ row: Row) throws {
        try normaliser.consume(row)
        if normaliser.hasHeader {
            rowsAfterHeader += 1
            if rowsAfterHeader > mapping.header.rows + 45 { throw Done.found(try score()) }
        }
    }

    /// The fit score once the header is known (throws when it does not fit).
    func score() throws -> Int {
        _ = try normaliser.finish()
        return normaliser.columnScore
    }
}
