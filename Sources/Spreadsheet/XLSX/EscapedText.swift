/// Decodes ECMA-376's `_xHHHH_` escapes (ST_Xstring, Part 1 §22.9.2.19): each stands for the
/// UTF-16 code unit HHHH, so `_x000D_` is a carriage return and `_x005F_` a literal underscore.
/// Surrogate pairs written as two escapes are joined; a lone surrogate becomes U+FFFD.
enum EscapedText {
    static func decode(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "_")) else { return text }
        let bytes = Array(text.utf8)
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count)
        var index = 0
        var plainStart = 0
        func flushPlain(upTo end: Int) {
            if plainStart < end { units.append(contentsOf: String(decoding: bytes[plainStart..<end], as: UTF8.self).utf16) }
        }
        while index < bytes.count {
            if let unit = escape(at: index, in: bytes) {
                flushPlain(upTo: index)
                units.append(unit)
                index += 7
                plainStart = index
            } else {
                index += 1
            }
        }
        flushPlain(upTo: bytes.count)
        return String(decoding: units, as: UTF16.self)
    }

    /// The code unit of an escape starting at `index`, or nil.
    private static func escape(at index: Int, in bytes: [UInt8]) -> UInt16? {
        guard index + 7 <= bytes.count, bytes[index] == UInt8(ascii: "_"),
              bytes[index + 1] == UInt8(ascii: "x"), bytes[index + 6] == UInt8(ascii: "_") else { return nil }
        var value: UInt16 = 0
        for byte in bytes[(index + 2)..<(index + 6)] {
            guard let digit = hexValue(byte) else { return nil }
            value = value << 4 | UInt16(digit)
        }
        return value
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x37
        case 0x61...0x66: return byte - 0x57
        default: return nil
        }
    }
}
