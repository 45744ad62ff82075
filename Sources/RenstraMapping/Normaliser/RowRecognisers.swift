import Foundation

/// Recognises the rows of a printed table that are not data: repeated header rows, rows of
/// column numbers, page numbers and repeated titles.
enum RowRecognisers {
    /// A row of column numbers (1, 2, 3…): at least three cells, all small whole numbers, mostly distinct.
    static func isColumnNumbers(_ row: SourceRow) -> Bool {
        guard row.cells.count >= 3 else { return false }
        var numbers: [Int] = []
        for cell in row.cells {
            guard let number = Int(cell.text), (1...200).contains(number) else { return false }
            numbers.append(number)
        }
        return Set(numbers).count * 10 >= numbers.count * 8
    }

    /// A page number: one cell holding a whole number, `Page 2 of 9`, `Halaman 3` or `- 4 -`.
    static func isPageNumber(_ row: SourceRow) -> Bool {
        guard row.cells.count == 1 else { return false }
        let text = row.cells[0].text
        if let number = Int(text.trimmingCharacters(in: CharacterSet(charactersIn: "- "))) { return (0...9_999).contains(number) }
        let lowered = text.lowercased()
        return lowered.range(of: #"^(page|halaman|hal\.?)\s*\d+(\s*(of|dari)\s*\d+)?$"#, options: .regularExpression) != nil
    }

    /// Whether the row repeats a header row: most of that header row's labels (given as folded
    /// keys by column), in the same columns.
    static func repeatsHeader(_ row: SourceRow, _ headerKeys: [Int: String]) -> Bool {
        guard headerKeys.count >= 2, row.cells.count * 10 <= headerKeys.count * 17 else { return false }
        var same = 0, different = 0
        for (column, key) in headerKeys {
            if let index = row.index(of: column), HeaderText.fold(row.cells[index].text, equals: key) { same += 1 } else { different += 1 }
            // Stop once most labels can no longer be the same.
            if different * 10 > headerKeys.count * 4 { return false }
        }
        return same * 10 >= headerKeys.count * 6 && same * 10 >= row.cells.count * 6
    }
}
