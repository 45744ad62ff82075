import Foundation

/// Turns a CSV file's bytes into UTF-8: byte-order marks are honoured, UTF-8 is checked
/// strictly, and Windows-1252 is used only as a declared or announced fallback.
enum TextDecoding {
    struct Decoded {
        /// The text in UTF-8, without its byte-order mark.
        let bytes: ArraySlice<UInt8>
        let encoding: CSVEncoding
        /// Set when the encoding was guessed rather than declared.
        let note: ReadNote?
    }

    /// Decodes a whole file; UTF-8 text (nearly every file) is checked and kept where it is.
    static func decode(_ data: [UInt8], declared: CSVEncoding?, file: String) throws -> Decoded {
        if let declared {
            return Decoded(bytes: try convert(strip(bom: declared, from: data[...]), from: declared, file: file),
                           encoding: declared, note: nil)
        }
        if data.starts(with: [0xEF, 0xBB, 0xBF]) {
            return Decoded(bytes: try convert(data.dropFirst(3), from: .utf8, file: file), encoding: .utf8, note: nil)
        }
        if data.starts(with: [0xFF, 0xFE]) {
            return Decoded(bytes: try convert(data.dropFirst(2), from: .utf16LittleEndian, file: file),
                           encoding: .utf16LittleEndian, note: nil)
        }
        if data.starts(with: [0xFE, 0xFF]) {
            return Decoded(bytes: try convert(data.dropFirst(2), from: .utf16BigEndian, file: file),
                           encoding: .utf16BigEndian, note: nil)
        }
        if let badLine = firstInvalidUTF8Line(data[...]) {
            let note = ReadNote("\(file) is not valid UTF-8 (first at line \(badLine)); it was read as Windows-1252")
            return Decoded(bytes: windows1252ToUTF8(data[...])[...], encoding: .windows1252, note: note)
        }
        return Decoded(bytes: data[...], encoding: .utf8, note: nil)
    }

    private static func strip(bom encoding: CSVEncoding, from data: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        switch encoding {
        case .utf8 where data.starts(with: [0xEF, 0xBB, 0xBF]): return data.dropFirst(3)
        case .utf16LittleEndian where data.starts(with: [0xFF, 0xFE]): return data.dropFirst(2)
        case .utf16BigEndian where data.starts(with: [0xFE, 0xFF]): return data.dropFirst(2)
        default: return data
        }
    }

    private static func convert(_ data: ArraySlice<UInt8>, from encoding: CSVEncoding, file: String) throws -> ArraySlice<UInt8> {
        switch encoding {
        case .utf8:
            if let line = firstInvalidUTF8Line(data) {
                throw ReadError(file: file, line: line, reason: .csvInvalidEncoding("the bytes are not valid UTF-8"))
            }
            return data
        case .windows1252:
            return windows1252ToUTF8(data)[...]
        case .utf16LittleEndian, .utf16BigEndian:
            let data = Array(data)
            guard data.count % 2 == 0 else {
                throw ReadError(file: file, reason: .csvInvalidEncoding("UTF-16 text with an odd number of bytes"))
            }
            let little = encoding == .utf16LittleEndian
            var units: [UInt16] = []
            units.reserveCapacity(data.count / 2)
            var index = 0
            while index < data.count {
                let a = UInt16(data[index]), b = UInt16(data[index + 1])
                units.append(little ? a | b << 8 : a << 8 | b)
                index += 2
            }
            var output: [UInt8] = []
            output.reserveCapacity(units.count)
            var line = 1
            for scalar in Unicode.UTF16.decodeAll(units, line: &line) {
                guard let scalar else {
                    throw ReadError(file: file, line: line, reason: .csvInvalidEncoding("a broken UTF-16 surrogate pair"))
                }
                output.append(contentsOf: UTF8.encode(scalar)!)
            }
            return output[...]
        }
    }

    /// The 1-based line of the first byte sequence that is not UTF-8, or nil. ASCII is skipped
    /// eight bytes at a time; each other sequence is judged by the standard library's decoder,
    /// and lines are counted only once an invalid sequence is found.
    static func firstInvalidUTF8Line(_ data: ArraySlice<UInt8>) -> Int? {
        data.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return nil }
            var index = 0
            while index < bytes.count {
                while index + 8 <= bytes.count,
                      UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                }
                guard index < bytes.count else { break }
                if base[index] < 0x80 {
                    index += 1
                    continue
                }
                var rest = UnsafeBufferPointer(rebasing: bytes[index...]).makeIterator()
                var decoder = UTF8()
                guard case .scalarValue(let scalar) = decoder.decode(&rest) else {
                    return 1 + bytes[..<index].count(where: { $0 == 0x0A })
                }
                index += UTF8.width(scalar)
            }
            return nil
        }
    }

    /// Windows-1252's characters for bytes 0x80–0x9F; the rest of the code page is Latin-1.
    private static let highControls: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    static func windows1252ToUTF8(_ data: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(data.count + data.count / 8)
        for byte in data {
            if byte < 0x80 { output.append(byte); continue }
            let value = (0x80...0x9F).contains(byte) ? highControls[Int(byte - 0x80)] : UInt32(byte)
            output.append(contentsOf: UTF8.encode(Unicode.Scalar(value)!)!)
        }
        return output
    }
}

private extension Unicode.UTF16 {
    /// Decodes all units; a nil element marks an unpaired surrogate. Counts line feeds in `line`.
    static func decodeAll(_ units: [UInt16], line: inout Int) -> [Unicode.Scalar?] {
        var result: [Unicode.Scalar?] = []
        var iterator = units.makeIterator()
        var decoder = UTF16()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1 }
                result.append(scalar)
            case .emptyInput: return result
            case .error: result.append(nil); return result
            }
        }
    }
}
