import Foundation
import RenstraModel
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

    @Test func numbersAreSpelledAsSwiftSpellsThem() {
        var decimals = ["0", "0.00", "-0", "1", "-1", "7e3", "12.50", "-27.18", "0.001", "-0.000123", "1844674407370955.1615",
                        "18446744073709551615", "18446744073709551616", "-123456789012345678901234567890.5"]
            .map { Decimal(string: $0)! }
        // As the number parser builds them, trailing zeros kept: 15.0, 0.0100, 1500.
        decimals += [(150, -1), (100, -4), (1500, 0), (1, 127), (5, -128), (UInt64.max, -19), (UInt64.max, -25), (0, 3)]
            .map { Decimal(sign: .plus, exponent: $0.1, significand: Decimal($0.0)) }
        var generator = SplitMix64(seed: 2019)
        for _ in 0..<2_000 {
            let significand = Decimal(UInt64.random(in: 0...UInt64.max, using: &generator) >> UInt64.random(in: 0...63, using: &generator))
            decimals.append(Decimal(sign: Bool.random(using: &generator) ? .plus : .minus,
                                    exponent: Int.random(in: -40...40, using: &generator), significand: significand))
        }
        decimals.append(.nan)
        for decimal in decimals {
            #expect(String(decoding: JSONWriter.data { $0.number(decimal) }, as: UTF8.self) == decimal.description)
        }
        for integer in [0, 1, -1, 9, 10, 99, 100, 1_000_000_007, Int64.max, Int64.min, Int64.min + 1] as [Int64] {
            #expect(String(decoding: JSONWriter.data { $0.number(integer) }, as: UTF8.self) == String(integer))
        }
    }

    @Test func cellsAreSpelledAsCellLocationSpellsThem() {
        // Every letter count a sheet's columns take, up to its last column (XFD) and row.
        let columns = Array(1...800) + [16_383, 16_384]
        for (index, column) in columns.enumerated() {
            let location = CellLocation(sheet: "S", row: [1, 9, 10, 99_999, 1_048_576][index % 5], column: column)
            #expect(String(decoding: JSONWriter.data { $0.cell(location) }, as: UTF8.self) == "\"\(location.cell)\"")
        }
    }

    @Test func longStringsAndDeepIndentsCrossChunks() throws {
        let text = String(repeating: "a\"b\\c\u{1}é/", count: 20_000)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var nested: [Any] = [text]
        for _ in 0..<200 { nested = [nested] }
        func write(_ value: Any, _ json: JSONWriter) {
            if let array = value as? [Any] { json.array(array) { write($0, json) } } else { json.string(value as! String) }
        }
        var expected = try encoder.encode([text: [text]])
        #expect(JSONWriter.data { json in json.object { json.key(text); json.array([text]) { json.string($0) } } } == expected)
        expected = try encoder.encode(NestedText(value: nested))
        #expect(JSONWriter.data { write(nested, $0) } == expected)
    }

    /// `[[…["text"]…]]`, for `JSONEncoder`.
    private struct NestedText: Encodable {
        let value: Any

        func encode(to encoder: any Encoder) throws {
            if let array = value as? [Any] {
                var container = encoder.unkeyedContainer()
                for element in array { try container.encode(NestedText(value: element)) }
            } else {
                var container = encoder.singleValueContainer()
                try container.encode(value as! String)
            }
        }
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
