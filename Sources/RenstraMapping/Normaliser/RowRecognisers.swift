import Foundation

/// Recognises the rows of a printed table that are not data: repeated header rows, rows of
/// column numbers, page numbers and repeated titles.
enum RowRecognisers {
    /// A row of column numbers (1, 2, 3…): at least three cells, all small whole numbers, mostly distinct.
    static func isColumnNumbers(_ texts: [Int: String]) -> Bool {
        let numbers = texts.values.compactMap { Int($0) }
        guard texts.count >= 3, numbers.count == texts.count, numbers.allSatisfy({ (1...200).contains($0) }) else { return false }
        return Set(numbers).count * 10 >= numbers.count * 8
    }

    /// A page number: one cell holding a whole number, `Page 2 of 9`, `Halaman 3` or `- 4 -`.
    static func isPageNumber(_ texts: [Int: String]) -> Bool {
        guard texts.count == 1, let text = texts.values.first else { return false }
        if let number = Int(text.trimmingCharacters(in: CharacterSet(charactersIn: "- "))) { return (0...9_999).contains(number) }
        let lowered = text.lowercased()
        return lowered.range(of: #"^(page|halaman|hal\.?)\s*\d+(\s*(of|dari)\s*\d+)?$"#, options: .regularExpression) != nil
    }

    /// Whether the row repeats a header row: most of that header row's labels (given as folded
    /// keys by column), in the same columns.
    static func repeatsHeader(_ texts: [Int: String], _ headerKeys: [Int: String]) -> Bool {
        guard headerKeys.count >= 2, texts.count * 10 <= headerKeys.count * 17 else { return false }
        var same = 0
        for (column, key) in headerKeys {
            if let text = texts[column], HeaderText.fold(text) == key { same += 1 }
        }
        return same * 10 >= headerKeys.count * 6 && same * 10 >= texts.count * 6
    }
}
