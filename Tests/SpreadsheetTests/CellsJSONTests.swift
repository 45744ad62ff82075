import Foundation
import Testing
@testable import Spreadsheet

/// The byte-level pieces of `renstra cells` output: numbers in JSON's grammar, A1 keys, and
/// strings escaped across chunk boundaries.
@Suite struct CellsJSONTests {
    /// A one-sheet reader over fixed rows, to drive `CellsJSONWriter` without a file.
    final class FixedReader: WorkbookReader {
        let file = "fixed \"test\".xlsx"
        let sheets = [SheetInfo(name: "S", index: 0, visibility: .visible, partName: "S")]
        let notes = [ReadNote("a note with a tab\t")]
        let rows: [Row]
        init(_ rows: [Row]) { self.rows = rows }
        func readRows(of sheet: SheetInfo, _ body: (Row) throws -> Void) throws -> SheetLayout {
            for row in rows { try body(row) }
            return SheetLayout()
        }
    }

    private func json(_ rows: [Row]) throws -> [String: Any] {
        var output: [UInt8] = []
        var writer = CellsJSONWriter { output.append(contentsOf: $0) }
        try writer.write(FixedReader(rows))
        return try #require(JSONSerialization.jsonObject(with: Data(output)) as? [String: Any])
    }

    @Test(arguments: [
        ("0", "0"), ("00", "0"), ("007", "7"), ("0.5", "0.5"), (".5", "0.5"), ("5.", "5"), ("-.5", "-0.5"),
        ("+.5", "0.5"), ("+1", "1"), ("-0", "-0"), ("-007.50", "-7.50"), ("1E3", "1e3"), ("1e+03", "1e03"),
        ("1E-3", "1e-3"), ("-1.5E+10", "-1.5e10"), ("00.", "0"), ("150000000", "150000000"), ("27.2", "27.2"),
        ("00.25", "0.25"), ("+0.0e+0", "0.0e0"), ("12345678901234567890", "12345678901234567890"),
        ("0.30000000000000004", "0.30000000000000004"), ("-0.30000000000000004", "-0.30000000000000004"),
    ])
    func numbersAreWrittenInJSONGrammar(_ text: String, _ expected: String) throws {
        let number = try #require(NumberText(text))
        #expect(number.jsonText == expected)
        #expect(number.text == text)
    }

    @Test func numbersReadFromBytesEqualNumbersMadeFromText() throws {
        for text in ["1", "27.2", "150000000", "123456789012345", "1234567890123456", "-1.5E+10"] {
            let padded = Array(" \(text)\n".utf8)
            let read = try #require(padded.withUnsafeBufferPointer(NumberText.init(bytes:)))
            let made = try #require(NumberText(text))
            #expect(read == made && read.hashValue == made.hashValue && read.text == text)
        }
        #expect(NumberText("1 000") == nil && NumberText("") == nil && NumberText("1e12345") == nil)
    }

    @Test func addressesPrintAsA1() {
        let cases = [(1, 1, "A1"), (9, 26, "Z9"), (10, 27, "AA10"), (99, 702, "ZZ99"), (100, 703, "AAA100"),
                     (1_048_576, 16_384, "XFD1048576")]
        for (row, column, a1) in cases {
            #expect(CellAddress(row: row, column: column)?.description == a1)
            #expect(CellAddress(a1: a1) == CellAddress(row: row, column: column))
        }
    }

    @Test func longAndAwkwardTextSurvivesTheChunks() throws {
        let awkward = "Kegiatan \"Rehabilitasi\" \\ Jalan\r\n\tRuas\u{1}\u{1F} é – ✓ 𝄞 "
        let long = String(repeating: awkward, count: 20_000)
        let rows = (1...50).map { number in
            Row(number: number, cells: [
                Cell(address: CellAddress(row: number, column: 1)!, value: .text(number == 25 ? long : awkward)),
                Cell(address: CellAddress(row: number, column: 2)!, value: .number(NumberText("-007.50")!)),
                Cell(address: CellAddress(row: number, column: 3)!, value: .boolean(number % 2 == 0)),
                Cell(address: CellAddress(row: number, column: 4)!, value: .error("#N/A")),
            ])
        }
        let document = try json(rows)
        #expect(document["file"] as? String == "fixed \"test\".xlsx")
        #expect(document["notes"] as? [String] == ["a note with a tab\t"])
        let sheet = try #require((document["sheets"] as? [[String: Any]])?.first)
        let cells = try #require(sheet["cells"] as? [String: [String: Any]])
        #expect(cells.count == 200)
        #expect(cells["A25"]?["v"] as? String == long)
        #expect(cells["A50"]?["v"] as? String == awkward)
        #expect((cells["B7"]?["v"] as? NSNumber)?.doubleValue == -7.5)
        #expect(cells["C8"]?["v"] as? Bool == true)
        #expect(cells["D9"]?["v"] as? String == "#N/A")
    }
}
