/// Escaping for text put into the page. Every string that comes from a workbook goes through
/// here: names may hold `<script>`, quotes or ampersands, and none of it may become markup.
enum HTMLText {
    /// Most bytes `escape(_:to:)` writes for one byte of text (`&quot;`).
    static let expansion = 6

    /// Writes `text` at `out`, safe as element content and inside a double- or single-quoted
    /// attribute value; returns the count written. The five characters escaped are ASCII and
    /// a multi-byte UTF-8 sequence has no ASCII byte, so `text` may be cut anywhere.
    static func escape(_ text: UnsafeBufferPointer<UInt8>, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var written = 0
        for byte in text {
            switch byte {
            case UInt8(ascii: "&"): written += copy("&amp;", to: out + written)
            case UInt8(ascii: "<"): written += copy("&lt;", to: out + written)
            case UInt8(ascii: ">"): written += copy("&gt;", to: out + written)
            case UInt8(ascii: "\""): written += copy("&quot;", to: out + written)
            case UInt8(ascii: "'"): written += copy("&#39;", to: out + written)
            default:
                out[written] = byte
                written += 1
            }
        }
        return written
    }

    private static func copy(_ entity: StaticString, to out: UnsafeMutablePointer<UInt8>) -> Int {
        out.initialize(from: entity.utf8Start, count: entity.utf8CodeUnitCount)
        return entity.utf8CodeUnitCount
    }
}
