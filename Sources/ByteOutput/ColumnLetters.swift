/// A spreadsheet column's letters (`A` for 1, `Z` for 26, `AA` for 27), spelled into bytes:
/// for the reader's cell addresses, the model's cell locations and every writer that spells
/// a cell.
public enum ColumnLetters {
    /// Most letters a column number takes (one of 32 bits).
    public static let maxCount = 7

    /// Writes the letters of `column` (from 1) at `out`; returns how many.
    @inlinable
    public static func write(_ column: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var count = 0, rest = column
        while rest > 0 {
            rest = (rest - 1) / 26
            count += 1
        }
        rest = column
        for place in stride(from: count - 1, through: 0, by: -1) {
            out[place] = UInt8(ascii: "A") + UInt8(truncatingIfNeeded: (rest - 1) % 26)
            rest = (rest - 1) / 26
        }
        return count
    }
}
