import RenstraModel
import Spreadsheet

/// Reads only the top of a sheet to tell whether a mapping's header fits, and how well: the
/// read stops as soon as the normaliser has worked out the columns, which it does from the
/// header and the rows just below it.
final class HeaderProbe {
    enum Done: Error { case found(Int) }

    private let normaliser: Normaliser

    init(mapping: Mapping, file: String, sheet: String) {
        normaliser = Normaliser(mapping: mapping, file: file, sheet: sheet, cellsAreText: false, columnsOnly: true)
    }

    /// The rows a probe of `mapping` reads at most before it knows: the rows searched for the
    /// header, the header's own and the normaliser's look-ahead below it.
    static func rowsToDecide(_ mapping: Mapping) -> Int {
        mapping.header.searchRows + mapping.header.rows + Normaliser.lookahead
    }

    /// Takes the next row; throws `Done` with the score once the columns are known, or the
    /// normaliser's error when the header does not fit.
    func consume(_ row: Row) throws {
        try normaliser.consume(row)
        if let score = normaliser.columnScore { throw Done.found(score) }
    }

    /// The fit score of a sheet that ended before the columns were known (throws when the
    /// header does not fit).
    func score() throws -> Int {
        _ = try normaliser.finish()
        return normaliser.columnScore ?? 0
    }
}
