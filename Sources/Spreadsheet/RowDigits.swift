/// A row number's decimal digits, made once per row by the JSON writer and copied into the A1
/// key of each of its cells.
struct RowDigits {
    private(set) var row = 0
    /// The digits, in order from the lowest byte; the bytes past them are zero.
    private var packed: UInt64 = 0
    private var count = 0

    init() {}

    init(row: Int) {
        self.row = row
        (packed, count) = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 8) { digits in
            digits.initialize(repeating: 0)
            let count = CellAddress.writeRowNumber(row, to: digits.baseAddress!)
            return (UnsafeRawPointer(digits.baseAddress!).loadUnaligned(as: UInt64.self), count)
        }
    }

    /// Writes the digits at `out`, which must have room for 8 bytes; returns their count.
    func write(to out: UnsafeMutablePointer<UInt8>) -> Int {
        UnsafeMutableRawPointer(out).storeBytes(of: packed, as: UInt64.self)
        return count
    }
}
