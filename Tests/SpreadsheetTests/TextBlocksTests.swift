import Testing
@testable import Spreadsheet

/// Shared strings past the plain part are kept deflated in blocks: every text reads back exactly,
/// in order or not, and a reader that jumps about ends up with plain blocks, not endless inflating.
@Suite struct TextBlocksTests {
    /// Texts like a sheet's: repeated words, numbers, empty ones, letters beyond ASCII, and one
    /// longer than a whole block.
    private static let texts: [String] = (0..<6_000).map { index in
        switch index % 7 {
        case 0: ""
        case 1: "Program Peningkatan Jalan dan Jembatan \(index)"
        case 2: "Persentase UMKM naik kelas — \(index) unit"
        case 3: "Pembangunan Gedung Kantor Kecamatan Sokaraja Terpadu Tingkat Kabupaten"
        case 4: "Café \(index * 7919 % 10_007) · µ ²"
        case 5: index == 3_005 ? String(repeating: "Kegiatan panjang ", count: 400) : "\(index)"
        default: "1 01 \(index % 30) \(index % 5) \(index % 11)"
        }
    }

    private static func table(plainBytes: Int = 4_096, blockBytes: Int = 2_048) -> TextBlocks {
        var blocks = TextBlocks(plainBytes: plainBytes, blockBytes: blockBytes)
        for text in texts { blocks.append(text.utf8) }
        return blocks
    }

    /// The `step`th of a walk that lands far from the text before each time.
    private static func jump(_ step: Int) -> Int { (step * 7_919 + 13) % texts.count }

    private static func text(_ blocks: inout TextBlocks, _ index: Int) -> String {
        blocks.withText(index) { String(decoding: $0, as: UTF8.self) }
    }

    @Test func aLargeTableIsStoredDeflated() {
        let blocks = Self.table()
        let plain = Self.texts.reduce(0) { $0 + $1.utf8.count }
        #expect(blocks.count == Self.texts.count)
        #expect(blocks.deflatedBlocks > 50)
        #expect(blocks.storedBytes * 3 < plain)
    }

    @Test func readInOrderEachBlockIsInflatedOnce() {
        var blocks = Self.table()
        for (index, text) in Self.texts.enumerated() {
            #expect(Self.text(&blocks, index) == text)
        }
        #expect(blocks.inflations == blocks.deflatedBlocks)
    }

    @Test func readOutOfOrderEveryTextIsRight() {
        var blocks = Self.table()
        for step in 0..<2_000 {
            let index = Self.jump(step)
            #expect(Self.text(&blocks, index) == Self.texts[index])
        }
    }

    @Test func readRandomlyTheBlocksEndUpPlain() {
        var blocks = Self.table()
        let deflated = blocks.deflatedBlocks
        for step in 0..<20_000 {
            let index = Self.jump(step)
            #expect(Self.text(&blocks, index) == Self.texts[index])
        }
        #expect(blocks.deflatedBlocks == 0)
        #expect(blocks.inflations == 4 * deflated + 1)
        for (index, text) in Self.texts.enumerated() {
            #expect(Self.text(&blocks, index) == text)
        }
    }

    @Test func aTableWithinThePlainPartIsNeverDeflated() {
        var blocks = Self.table(plainBytes: 1 << 20)
        #expect(blocks.deflatedBlocks == 0)
        #expect(Self.text(&blocks, 4) == Self.texts[4])
        #expect(blocks.inflations == 0)
    }
}
