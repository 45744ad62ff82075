import Testing
@testable import Spreadsheet

/// The word-at-a-time search for the end of an unquoted field against a byte-by-byte one.
@Suite struct FieldEndTests {
    /// The first separator, LF or CR from `start`, one byte at a time.
    private func slowFirst(_ bytes: [UInt8], separator: UInt8, from start: Int) -> Int {
        bytes[start...].firstIndex { $0 == separator || $0 == 0x0A || $0 == 0x0D } ?? bytes.count
    }

    private func first(_ bytes: [UInt8], separator: UInt8, from start: Int) -> Int {
        bytes.withUnsafeBufferPointer { FieldEnd(separator: separator).first(in: $0, from: start) }
    }

    @Test func findsTheEndInEveryPlaceOfAWordAndInTheTail() {
        for length in 0...20 {
            for place in 0..<max(length, 1) where length > 0 {
                for end: UInt8 in [0x3B, 0x0A, 0x0D] {
                    var bytes = [UInt8](repeating: UInt8(ascii: "x"), count: length)
                    bytes[place] = end
                    #expect(first(bytes, separator: 0x3B, from: 0) == place)
                }
            }
            #expect(first([UInt8](repeating: UInt8(ascii: "x"), count: length), separator: 0x3B, from: 0) == length)
        }
    }

    /// Bytes next to the ones sought (a borrow in the word arithmetic could flag them), zero
    /// bytes and high bytes, at every start.
    @Test(arguments: [UInt8(ascii: ";"), UInt8(ascii: ","), 0x09, 0x00, 0xFF])
    func agreesWithAByteByByteSearch(separator: UInt8) {
        let alphabet: [UInt8] = [0x00, 0x01, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x2C, 0x3A, 0x3B, 0x3C, 0x7F, 0x80, 0xFE, 0xFF, 0x61]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<300 {
            let length = Int(state % 40)
            var bytes: [UInt8] = []
            for _ in 0..<length {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                // Mostly plain letters, so that ends fall in every place of a word.
                let pick = Int(state >> 33) % (alphabet.count * 4)
                bytes.append(pick < alphabet.count ? alphabet[pick] : 0x61)
            }
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for start in 0...length {
                #expect(first(bytes, separator: separator, from: start) == slowFirst(bytes, separator: separator, from: start))
            }
        }
    }
}
