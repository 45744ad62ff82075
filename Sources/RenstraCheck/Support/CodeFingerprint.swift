import RenstraModel

/// A 64-bit fingerprint (FNV-1a) of a row's code key, `level:parts`, the parts as numbers
/// (`03` is `3`) or in capitals, joined by dots. Equal keys have equal fingerprints; a few
/// unequal ones may share one. Worked out from the parts' bytes, without building the key for
/// the usual parts, short runs of digits.
struct CodeFingerprint {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    init(_ level: Level, _ parts: KodeParts) {
        for byte in level.rawValue.utf8 { add(byte) }
        add(UInt8(ascii: ":"))
        var first = true
        parts.forEachPart { part in
            if !first { add(UInt8(ascii: ".")) }
            first = false
            if !addNumber(part) { for byte in KodePart.key(String(decoding: part, as: UTF8.self)).utf8 { add(byte) } }
        }
    }

    /// Adds a part of 1 to 18 ASCII digits as its number would be written; false for any other part.
    private mutating func addNumber(_ digits: UnsafeBufferPointer<UInt8>) -> Bool {
        guard (1...18).contains(digits.count), digits.allSatisfy({ $0 &- 0x30 < 10 }) else { return false }
        var start = 0
        while start < digits.count - 1, digits[start] == 0x30 { start += 1 }
        for byte in digits[start...] { add(byte) }
        return true
    }

    private mutating func add(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x100_0000_01b3
    }
}
