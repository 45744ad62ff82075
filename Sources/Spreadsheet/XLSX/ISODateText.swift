/// Recognises the ISO 8601 forms a `t="d"` cell is read as a date from: `YYYY-MM-DD`,
/// `YYYY-MM-DDTHH:MM:SS[.fff]` and `HH:MM:SS[.fff]`, without a time zone.
enum ISODateText {
    static func isPlain(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        func digits(_ range: Range<Int>) -> Bool {
            range.upperBound <= bytes.count && bytes[range].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        }
        func at(_ index: Int, _ character: Character) -> Bool {
            index < bytes.count && bytes[index] == character.asciiValue!
        }
        func isTime(from start: Int) -> Bool {
            guard digits(start..<(start + 2)), at(start + 2, ":"), digits((start + 3)..<(start + 5)),
                  at(start + 5, ":"), digits((start + 6)..<(start + 8)) else { return false }
            let end = start + 8
            if end == bytes.count { return true }
            return at(end, ".") && end + 1 < bytes.count && digits((end + 1)..<bytes.count)
        }
        if isTime(from: 0) { return true }
        guard digits(0..<4), at(4, "-"), digits(5..<7), at(7, "-"), digits(8..<10) else { return false }
        if bytes.count == 10 { return true }
        return at(10, "T") && isTime(from: 11)
    }
}
