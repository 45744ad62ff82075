import RenstraModel

/// A 64-bit fingerprint (FNV-1a) of a row's code key, `level:parts`, the parts as numbers
/// (`03` is `3`) or in capitals, joined by dots. Equal keys have equal fingerprints; a few
/// unequal ones may share one. Worked out without building the key for the usual parts, short
/// runs of digits.
struct CodeFingerprint {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    init(_ level: Level, _ parts: [String]) {
        for byte in level.rawValue.utf8 { add(byte) }
        add(UInt8(ascii: ":"))
        for (place, part) in parts.enumerated() {
            if place > 0 { add(UInt8(ascii: ".")) }
            if !addNumber(part) { for byte in KodePart.key(part).utf8 { add(byte) } }
        }
    }

    /// Adds a part of 1 to 18 ASCII digits as its number would be written; false for any other part.
    private mutating func addNumber(_ part: String) -> Bool {
        var utf8 = part.utf8[...]
        guard (1...18).contains(utf8.count), utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return false }
        while utf8.count > 1, utf8.first == 0x30 { utf8.removeFirst() }
        for byte in utf8 { add(byte) }
        return true
    }

    private mutating func add(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x100_0000_01b3
    }
}
