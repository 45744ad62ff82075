import Foundation
import Spreadsheet

/// Paths of the package, found from this file so the tests run from any directory.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let samples = root.appendingPathComponent("samples")
    static let sources = samples.appendingPathComponent("source")
}

/// A transcribed table read independently of the generator: header line, then tab-separated
/// fields, every field kept as written.
struct TranscribedTable {
    struct Row {
        let line: Int
        let fields: [String: String]
        subscript(_ column: String) -> String {
            guard let value = fields[column] else { fatalError("no column \(column)") }
            return value
        }
        var kind: String { self["kind"] }
        var isRepeat: Bool { fields["repeat"] == "repeat" }
    }

    let columns: [String]
    let rows: [Row]

    init(_ name: String) throws {
        let text = try String(contentsOf: Repository.sources.appendingPathComponent(name), encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        let columns = lines[0].components(separatedBy: "\t")
        var rows: [Row] = []
        for (offset, line) in lines.enumerated().dropFirst() {
            let fields = line.components(separatedBy: "\t")
            guard fields.count == columns.count else { throw BadLine(file: name, line: offset + 1) }
            rows.append(Row(line: offset + 1, fields: Dictionary(uniqueKeysWithValues: zip(columns, fields))))
        }
        self.columns = columns
        self.rows = rows
    }

    struct BadLine: Error {
        let file: String
        let line: Int
    }
}

/// Money as printed (`150.000.000`) in whole Rupiah, as `Int`: never through floating point.
enum Rupiah {
    struct NotMoney: Error, CustomStringConvertible {
        let text: String
        var description: String { "\"\(text)\" is not a Rupiah amount" }
    }

    /// `-` and an empty cell mean no money (0); anything else must be digits in groups of three.
    static func parse(_ text: String) throws -> Int {
        if text.isEmpty || text == "-" { return 0 }
        let groups = text.split(separator: ".", omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count),
              groups.dropFirst().allSatisfy({ $0.count == 3 }),
              groups.allSatisfy({ $0.allSatisfy { ("0"..."9").contains($0) } }) else { throw NotMoney(text: text) }
        var value = 0
        for digit in groups.joined() {
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = shifted.addingReportingOverflow(Int(String(digit))!)
            guard !overflow1, !overflow2 else { throw NotMoney(text: text) }
            value = sum
        }
        return value
    }
}

/// What the samples promise for a printed figure, written independently of the generator: a
/// plain Indonesian number (`150.000.000`, `30`, `27,2`) is a number cell whose value is the
/// exact decimal; anything else is text as printed; empty is no cell.
enum ExpectedCell {
    static func figure(_ printed: String) -> CellValue? {
        if printed.isEmpty { return nil }
        let pattern = #"^(0|[1-9][0-9]{0,2}(\.[0-9]{3})+|[1-9][0-9]*)(,[0-9]+)?$"#
        guard printed.range(of: pattern, options: .regularExpression) != nil else { return .text(printed) }
        let parts = printed.split(separator: ",")
        var value = parts[0].replacingOccurrences(of: ".", with: "")
        if parts.count == 2 {
            let fraction = parts[1].replacingOccurrences(of: "0+$", with: "", options: .regularExpression)
            if !fraction.isEmpty { value += "." + fraction }
        }
        return .number(NumberText(value)!)
    }

    static func text(_ printed: String) -> CellValue? {
        printed.isEmpty ? nil : .text(printed)
    }
}

extension Sheet {
    /// The values of row `number` by column, empty when the row has no cells.
    func values(ofRow number: Int) -> [Int: CellValue] {
        guard let row = rows.first(where: { $0.number == number }) else { return [:] }
        return Dictionary(uniqueKeysWithValues: row.cells.map { ($0.address.column, $0.value) })
    }

    func value(_ a1: String) -> CellValue? {
        value(at: CellAddress(a1: a1)!)
    }
}

/// Opens a sample and reads its first sheet.
func readSample(_ name: String, in directory: URL = Repository.samples) throws -> Sheet {
    let reader = try SpreadsheetFile.open(directory.appendingPathComponent(name).path, displayName: name)
    return try reader.sheet(reader.sheets[0])
}
