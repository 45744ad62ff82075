/// A number written in JSON's number grammar, for `CellsJSONWriter`.
extension NumberText {
    /// The same number in JSON's number grammar: no leading `+`, no leading zeros, a digit on
    /// both sides of the point, a lower-case `e` and no `+` in the exponent. Digits are
    /// otherwise unchanged.
    public var jsonText: String {
        String(unsafeUninitializedCapacity: jsonByteBound) { buffer in writeJSON(to: buffer.baseAddress!) }
    }

    /// Most bytes `writeJSON(to:)` writes: the text plus a `0` put before a leading point, and
    /// never less than 16, as an inline number is stored with two 8-byte writes.
    var jsonByteBound: Int { max(byteCount + 1, 16) }

    /// Writes `jsonText` at `out`, which has room for `jsonByteBound` bytes; returns the count written.
    func writeJSON(to out: UnsafeMutablePointer<UInt8>) -> Int {
        // Nearly all numbers are copied as they are; short ones know it from when they were read.
        if let count = storeInlinePlainJSON(to: UnsafeMutableRawPointer(out)) { return count }
        return withBytes { bytes in
            guard Self.grammar(of: bytes) == .plainJSON else { return Self.writeNormalised(bytes, to: out) }
            out.initialize(from: bytes.baseAddress!, count: bytes.count)
            return bytes.count
        }
    }

    /// The general case: drops a `+`, puts a `0` before a leading point, drops a trailing point
    /// and leading zeros, and writes the exponent as `e` without `+`.
    private static func writeNormalised(_ bytes: UnsafeBufferPointer<UInt8>, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var index = 0, written = 0
        let end = bytes.count
        if index < end, bytes[index] == UInt8(ascii: "+") { index += 1 }
        if index < end, bytes[index] == UInt8(ascii: "-") {
            out[written] = UInt8(ascii: "-")
            written += 1
            index += 1
        }
        var mantissaEnd = index
        while mantissaEnd < end, bytes[mantissaEnd] != UInt8(ascii: "e"), bytes[mantissaEnd] != UInt8(ascii: "E") {
            mantissaEnd += 1
        }
        let exponentStart = mantissaEnd
        var mantissaStart = index
        if let point = (mantissaStart..<mantissaEnd).first(where: { bytes[$0] == UInt8(ascii: ".") }) {
            if point == mantissaEnd - 1 {
                mantissaEnd -= 1
            } else if point == mantissaStart {
                out[written] = UInt8(ascii: "0")
                written += 1
            }
        }
        // Strip leading zeros of the integer part, keeping one.
        while mantissaEnd - mantissaStart > 1, bytes[mantissaStart] == UInt8(ascii: "0"),
              bytes[mantissaStart + 1] != UInt8(ascii: ".") {
            mantissaStart += 1
        }
        for position in mantissaStart..<mantissaEnd {
            out[written] = bytes[position]
            written += 1
        }
        if exponentStart < end {
            out[written] = UInt8(ascii: "e")
            written += 1
            var position = exponentStart + 1
            if position < end, bytes[position] == UInt8(ascii: "+") { position += 1 }
            while position < end {
                out[written] = bytes[position]
                written += 1
                position += 1
            }
        }
        return written
    }
}
