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

    /// Whether the row repeats a header row: most of that header row's labels, in the same columns.
    static func repeatsHeader(_ texts: [Int: String], _ header: [Int: String]) -> Bool {
        guard header.count >= 2 else { return false }
        let same = header.filter { column, label in
            texts[column].map { HeaderText($0).key == HeaderText(label).key } ?? false
        }.count
        return same * 10 >= header.count * 6 && same * 10 >= texts.count * 6
    }
}
