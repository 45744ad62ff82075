import ByteOutput

/// Finds where an unquoted CSV field ends: at the separator or a line break (LF or CR), testing
/// the text a word of eight bytes at a time (`WordBytes`).
struct FieldEnd {
    private let separator: UInt8

    init(separator: UInt8) {
        self.separator = separator
    }

    /// The position of the first separator or line break in `text` at or after `start`;
    /// `text.count` when there is none.
    func first(in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        if let base = text.baseAddress {
            while index + 8 <= text.count {
                let word = UInt64(littleEndian: WordBytes.load(base + index))
                let found = WordBytes.equal(separator, in: word) | WordBytes.equal(0x0A, in: word)
                    | WordBytes.equal(0x0D, in: word)
                // The lowest bit set is exact: it marks the first byte that ends the field.
                if found != 0 { return index + found.trailingZeroBitCount / 8 }
                index += 8
            }
        }
        while index < text.count, !ends(text[index]) { index += 1 }
        return index
    }

    private func ends(_ byte: UInt8) -> Bool { byte == separator || byte == 0x0A || byte == 0x0D }
}
