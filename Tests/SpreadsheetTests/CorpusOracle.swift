import Foundation
import Spreadsheet

/// The shared xlsx corpus (`../shared/xlsx-corpus` beside the repository) and its oracles:
/// what python-calamine and openpyxl read from each file.
struct CorpusOracle {
    let path: String
    let json: [String: Any]

    var readersAgree: Bool { json["readers_agree"] as? Bool ?? false }

    /// Set when only calamine could read the file: it shows no error cells.
    var errorCellsInvisible: Bool { json["cells_from"] as? String == "calamine" }

    var bothReadersFailed: Bool {
        let readers = json["readers"] as? [String: [String: Any]] ?? [:]
        return readers.values.allSatisfy { ($0["ok"] as? Bool) == false }
    }

    /// Worksheets (not chart or macro sheets) with their oracle cells.
    var worksheets: [(name: String, cells: [String: [String: Any]], merged: [String]?)] {
        (json["sheets"] as? [[String: Any]] ?? []).compactMap { sheet in
            let calamineType = (sheet["calamine"] as? [String: Any])?["type"] as? String
            let openpyxlKind = (sheet["openpyxl"] as? [String: Any])?["kind"] as? String
            let isWorksheet = calamineType == "WorkSheet" || (calamineType == nil && openpyxlKind == "Worksheet")
            guard isWorksheet || (calamineType == nil && openpyxlKind == nil) else { return nil }
            return (sheet["name"] as? String ?? "", sheet["cells"] as? [String: [String: Any]] ?? [:],
                    sheet["merged"] as? [String])
        }
    }

    /// `$RENSTRA_XLSX_CORPUS`, or `shared/xlsx-corpus` in the folder that holds the repository.
    static let root: URL = {
        if let path = ProcessInfo.processInfo.environment["RENSTRA_XLSX_CORPUS"] { return URL(fileURLWithPath: path) }
        return URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/xlsx-corpus")
    }()

    /// Whether the corpus is there to read.
    static var isAvailable: Bool { FileManager.default.fileExists(atPath: root.appendingPathComponent("MANIFEST.tsv").path) }

    /// CI sets `RENSTRA_REQUIRE_CORPUS=1`: there the corpus must be found, never skipped.
    static var isRequired: Bool { ProcessInfo.processInfo.environment["RENSTRA_REQUIRE_CORPUS"] == "1" }

    /// Corpus paths (`files/<source>/<name>`) from MANIFEST.tsv, in order.
    static func manifest() throws -> [String] {
        let text = try String(contentsOf: root.appendingPathComponent("MANIFEST.tsv"), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { String($0.split(separator: "\t")[0]) }
    }

    static func load(_ path: String) throws -> CorpusOracle {
        let oraclePath = path.replacingOccurrences(of: "files/", with: "oracle/") + ".json"
        let data = try Data(contentsOf: root.appendingPathComponent(oraclePath))
        return CorpusOracle(path: path, json: try JSONSerialization.jsonObject(with: data) as! [String: Any])
    }
}

/// Compares one cell we read with one oracle entry.
enum OracleCell {
    /// Whether `value` is what the oracle entry says (for a disputed entry: what either reader says).
    static func matches(_ value: CellValue?, _ entry: [String: Any]) -> Bool {
        if entry["disputed"] as? Bool == true {
            return ["calamine", "openpyxl"].contains { reader in
                guard let cell = entry[reader] as? [String: Any] else { return value == nil }
                return matches(value, cell)
            }
        }
        guard let value else { return entry["only"] != nil }
        switch (entry["t"] as? String, value) {
        case ("s", .text(let text)):
            if let expected = entry["v"] as? String { return text == expected }
            let length = entry["v_len"] as? Int, prefix = entry["v_prefix"] as? String ?? ""
            return text.unicodeScalars.count == length && text.hasPrefix(prefix)
        case ("n", .number(let number)):
            return number.doubleValue == expectedNumber(entry)
        case ("b", .boolean(let flag)):
            return flag == (entry["v"] as? Bool)
        case ("e", .error(let code)):
            return code == entry["v"] as? String
        case ("d", .date(let date)):
            if let serial = entry["serial"] as? NSNumber {
                // JSONSerialization may round the last digit; a serial is a count of days.
                return abs(date.serial.doubleValue - serial.doubleValue) <= 1e-9 * max(1, abs(serial.doubleValue))
            }
            return date.isoText == entry["v"] as? String
        case ("d", .isoDate(let iso)):
            guard let expected = entry["v"] as? String else { return false }
            return iso == expected || iso.hasPrefix(expected) || expected.hasPrefix(iso)
        case ("n", .date(let date)):
            // Only one reader saw a date style; the serial is the number.
            return entry["only"] != nil && date.serial.doubleValue == expectedNumber(entry)
        default:
            return false
        }
    }

    /// The oracle's number, from its exact `repr` text (JSONSerialization may round `v`).
    private static func expectedNumber(_ entry: [String: Any]) -> Double? {
        if let repr = entry["repr"] as? String, let value = Double(repr) { return value }
        return (entry["v"] as? NSNumber)?.doubleValue
    }
}
