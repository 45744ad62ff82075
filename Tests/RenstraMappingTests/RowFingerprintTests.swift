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

    /// SipHash-2-4's reference vectors (key 00 01 … 0f, message 00 01 … n-1), from the
    /// reference implementation's `vectors.h`: the rounds and the last word's layout are
    /// SipHash's; the fingerprint runs the same code with 1 and 3 rounds, as `Hasher` does.
    @Test(arguments: [(0, 0x726F_DB47_DD0E_0E31), (1, 0x74F8_39C5_93DC_67FD), (2, 0x0D6C_8009_D9A9_4F5A),
                      (8, 0x93F5_F579_9A93_2462), (15, 0xA129_CA61_49BE_45E5)] as [(Int, UInt64)])
    func bothDigestsAreSipHash(length: Int, expected: UInt64) {
        let key: SipHashPair.Key = (0x0706_0504_0302_0100, 0x0F0E_0D0C_0B0A_0908)
        let message = (0..<length).map(UInt8.init)
        let digests = message.withUnsafeBytes { SipHashPair.digests($0, keys: (key, key), compression: 2, finalisation: 4) }
        #expect(digests.0 == expected && digests.1 == expected)
    }

    @Test func theTwoDigestsAreUnderDifferentKeys() {
        let bytes = Array("1 01 01;Penyediaan Jasa Komunikasi".utf8)
        let digests = bytes.withUnsafeBytes { SipHashPair.digests($0) }
        #expect(digests.0 != digests.1)
        #expect(bytes.withUnsafeBytes { SipHashPair.digests($0) } == digests)
    }
}
