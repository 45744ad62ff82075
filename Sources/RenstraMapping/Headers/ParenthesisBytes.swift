/// One pass over a text's UTF-8 bytes: the offsets of the last `(` and the last `)` byte, and
/// whether every byte is ASCII (`HeaderText` finds a label's unit in parentheses with it).
struct ParenthesisBytes {
    private(set) var open: Int?
    private(set) var close: Int?
    private(set) var ascii = true

    init(_ bytes: some Sequence<UInt8>) {
        for (offset, byte) in bytes.enumerated() {
            switch byte {
            case UInt8(ascii: "("): open = offset
            case UInt8(ascii: ")"): close = offset
            case 0x80...: ascii = false
            default: break
            }
        }
    }
}
