/// JSON strings written as bytes, as Foundation escapes them: quote, backslash and control
/// characters (`\b \f \n \r \t`, others as `\u00XX`); `/` and everything else, non-ASCII
/// included, as they are. For the reader's `cells` output and the emitters' JSON alike.
public enum JSONText {
    /// Writes the inside of a JSON string at `out` and returns the end. Runs that need no escape
    /// are copied whole; a multi-byte UTF-8 sequence has no byte below 0x80, so `bytes` may be
    /// cut anywhere.
    @inlinable
    public static func escape(_ bytes: UnsafeBufferPointer<UInt8>, to out: UnsafeMutablePointer<UInt8>)
        -> UnsafeMutablePointer<UInt8> {
        guard let base = bytes.baseAddress else { return out }
        let count = bytes.count
        var out = out
        // Most keys, cells and figures are short: byte by byte, which costs less than a copy call.
        guard count >= 16 else {
            for byte in bytes {
                if needsEscape(byte) {
                    out = escape(byte, to: out)
                } else {
                    out.pointee = byte
                    out += 1
                }
            }
            return out
        }
        var runStart = 0, index = 0
        while index < count {
            // Eight bytes at a time while none of them needs an escape.
            while index + 8 <= count, !needsEscape(WordBytes.load(base + index)) {
                index += 8
            }
            guard index < count else { break }
            let byte = base[index]
            if needsEscape(byte) {
                out.initialize(from: base + runStart, count: index - runStart)
                out = escape(byte, to: out + (index - runStart))
                runStart = index + 1
            }
            index += 1
        }
        out.initialize(from: base + runStart, count: count - runStart)
        return out + (count - runStart)
    }

    /// Whether any of the eight bytes in `word` is below 0x20, `"` or `\`.
    @usableFromInline @inline(__always)
    static func needsEscape(_ word: UInt64) -> Bool {
        WordBytes.below(0x20, in: word) | WordBytes.equal(UInt8(ascii: "\""), in: word)
            | WordBytes.equal(UInt8(ascii: "\\"), in: word) != 0
    }

    /// Whether `byte` is below 0x20, `"` or `\`.
    @usableFromInline @inline(__always)
    static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    @usableFromInline static let hexDigits: StaticString = "0123456789abcdef"

    /// Writes `\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t` or `\u00XX` at `out` and returns the end.
    @usableFromInline
    static func escape(_ byte: UInt8, to out: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        out[0] = UInt8(ascii: "\\")
        switch byte {
        case 0x22, 0x5C: out[1] = byte
        case 0x08: out[1] = UInt8(ascii: "b")
        case 0x0C: out[1] = UInt8(ascii: "f")
        case 0x0A: out[1] = UInt8(ascii: "n")
        case 0x0D: out[1] = UInt8(ascii: "r")
        case 0x09: out[1] = UInt8(ascii: "t")
        default:
            out[1] = UInt8(ascii: "u")
            out[2] = UInt8(ascii: "0")
            out[3] = UInt8(ascii: "0")
            out[4] = hexDigits.utf8Start[Int(byte >> 4)]
            out[5] = hexDigits.utf8Start[Int(byte & 0xF)]
            return out + 6
        }
        return out + 2
    }
}

extension OutputCursor {
    /// Most bytes `jsonString(_:)` writes for `count` UTF-8 bytes: two quotes, at most six
    /// bytes (`\u001f`) for each.
    @inlinable
    public static func jsonStringBound(_ count: Int) -> Int { 6 * count + 2 }

    /// A quoted JSON string.
    @inlinable
    public mutating func jsonString(_ bytes: UnsafeBufferPointer<UInt8>) {
        byte(UInt8(ascii: "\""))
        jsonEscaped(bytes)
        byte(UInt8(ascii: "\""))
    }

    /// The inside of a JSON string (at most `6 * bytes.count` bytes).
    @inlinable
    public mutating func jsonEscaped(_ bytes: UnsafeBufferPointer<UInt8>) {
        advance { JSONText.escape(bytes, to: $0) - $0 }
    }
}
