import ByteOutput
import Spreadsheet
import Testing
@testable import RenstraMapping

@Suite struct RowFingerprintTests {
    private func row(_ number: Int, _ texts: [Int: String]) -> SourceRow {
        SourceRow(Row(number: number, cells: texts.sorted { $0.key < $1.key }.map {
            Cell(address: CellAddress(row: number, column: $0.key)!, value: .text($0.value))
        }))
    }

    @Test func theSameTextsInTheColumnsMakeTheSameFingerprint() {
        let long = String(repeating: "Penyediaan Jasa Komunikasi ", count: 4)
        let first = RowFingerprint(row(9, [1: "1 01 01", 2: long, 3: "150.000.000", 5: "catatan"]), columns: [1, 2, 3, 4])
        // Another row number, blanks around a text, and a cell outside the columns change nothing.
        let again = RowFingerprint(row(30, [1: "1 01 01 ", 2: long, 3: "150.000.000", 6: "lain"]), columns: [1, 2, 3, 4])
        #expect(first == again)
    }

    @Test func textsMovedBetweenColumnsOrChangedMakeAnother() {
        let columns = [1, 2, 3]
        let base = RowFingerprint(row(9, [1: "ab", 2: "c"]), columns: columns)
        #expect(RowFingerprint(row(9, [1: "a", 2: "bc"]), columns: columns) != base)
        #expect(RowFingerprint(row(9, [2: "ab", 3: "c"]), columns: columns) != base)
        #expect(RowFingerprint(row(9, [1: "ab", 2: "d"]), columns: columns) != base)
        #expect(RowFingerprint(row(9, [1: "abc"]), columns: columns) != base)
    }

    @Test(arguments: [(0, [0x00]), (127, [0x7F]), (128, [0x80, 0x01]), (300, [0xAC, 0x02]), (16_384, [0x80, 0x80, 0x01]),
                      (Int.max, [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F])])
    func lengthsTakeSevenBitsAByte(length: Int, bytes: [UInt8]) {
        var stored = [UInt8](repeating: 0xEE, count: 12)
        let end = stored.withUnsafeMutableBytes { LEB128.write(UInt64(length), to: $0.baseAddress!, at: 1) }
        #expect(end == 1 + bytes.count)
        #expect(Array(stored[1..<end]) == bytes)
        #expect(stored[0] == 0xEE && stored[end] == 0xEE)
    }

    @Test func aLongTextIsToldApartFromShortOnesWrittenOnItsLengthBytes() {
        // 200 bytes of `a` is written after 0xC8 0x01; a row whose first text is shorter must not match it.
        let long = String(repeating: "a", count: 200)
        let base = RowFingerprint(row(9, [1: long]), columns: [1, 2])
        #expect(RowFingerprint(row(9, [1: String(repeating: "a", count: 199), 2: "a"]), columns: [1, 2]) != base)
        #expect(RowFingerprint(row(9, [1: long]), columns: [1, 2]) == base)
    }
}
