import Foundation

/// What Excel in an Indonesian locale writes for "Save as" → "CSV UTF-8" of a sheet: a UTF-8
/// byte-order mark, `;` between fields (`,` is the decimal mark), CRLF after every record,
/// every cell as displayed (`150.000.000`, `27,2`), a merged block's value in its first cell
/// only, and every record as wide as the sheet's used range. A field is quoted, with inner
/// quotes doubled, only when it holds `;`, `"`, CR or LF (RFC 4180).
enum IndonesianCSV {
    static let separator: Character = ";"

    static func bytes(of grid: SheetGrid) -> [UInt8] {
        var text = ""
        for row in 1...max(grid.rowCount, 1) {
            let fields = (1...grid.columnCount).map { column in
                grid.cell(row: row, column: column)?.content.map { quoted($0.displayed) } ?? ""
            }
            text += fields.joined(separator: String(separator)) + "\r\n"
        }
        return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    }

    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == separator || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else {
            return field
        }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
