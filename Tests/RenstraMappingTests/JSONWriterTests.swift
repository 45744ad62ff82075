import Foundation
import Testing
@testable import RenstraOutput

/// The streaming JSON writer lays its output out byte for byte as Foundation's `JSONEncoder`
/// (pretty-printed, sorted keys, slashes unescaped), which the goldens were written with.
@Suite struct JSONWriterTests {
    private struct Sample: Encodable {
        let a: [String]
        let b: [String: Int]
        let c: [[Int]]
        let d: Decimal
        let e: [String?]
        let f: Bool
        let g: [String: [String: String]]
    }

    private static let texts = ["", "plain", "a/b", "quote \" and \\ backslash", "\u{0}\u{1}\u{8}\u{9}\u{A}\u{B}\u{C}\u{D}\u{1F}",
                                "\u{7F} é ü 🙂 \u{2028}", "Rp 150.000.000,-"]

    @Test func theWriterLaysOutWhatJSONEncoderLaysOut() throws {
        let sample = Sample(a: Self.texts, b: ["z": 1, "a_b": 2, "ab": 3, "a-b": 4, "B": 5, "é": 6], c: [[], [1, -2]],
                            d: Decimal(string: "-27.18")!, e: ["x", nil], f: true, g: ["empty": [:], "one": ["k": "v"]])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let expected = try encoder.encode(sample)
        let written = JSONWriter.data { json in
            json.object {
                json.key("a")
                json.array(sample.a) { json.string($0) }
                json.key("b")
                json.object {
                    for (key, value) in JSONWriter.sorted(sample.b) {
                        json.key(key)
                        json.number(value)
                    }
                }
                json.key("c")
                json.array(sample.c) { row in json.array(row) { json.number($0) } }
                json.key("d")
                json.number(sample.d)
                json.key("e")
                json.array(sample.e) { json.string($0) }
                json.key("f")
                json.bool(sample.f)
                json.key("g")
                json.object {
                    for (key, members) in JSONWriter.sorted(sample.g) {
                        json.key(key)
                        json.object {
                            for (name, value) in JSONWriter.sorted(members) {
                                json.key(name)
                                json.string(value)
                            }
                        }
                    }
                }
            }
        }
        #expect(String(decoding: written, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
    }

    @Test func theSinkGetsTheOutputInChunksAndEveryByteOnce() throws {
        var chunks: [Int] = []
        var bytes = Data()
        let json = JSONWriter { chunk in
            chunks.append(chunk.count)
            bytes.append(contentsOf: chunk)
        }
        json.array(0..<50_000) { json.string("row \($0)") }
        try json.finish()
        #expect(chunks.count > 1)
        #expect(bytes == JSONWriter.data { json in json.array(0..<50_000) { json.string("row \($0)") } })
    }

    @Test func aFailingSinkIsReportedOnFinish() {
        struct Full: Error {}
        let json = JSONWriter { _ in throw Full() }
        json.array(0..<50_000) { json.number($0) }
        #expect(throws: Full.self) { try json.finish() }
    }
}
