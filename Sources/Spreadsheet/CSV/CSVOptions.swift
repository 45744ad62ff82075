/// How to read a CSV file. Leave a field nil to let the reader detect it.
public struct CSVOptions: Sendable {
    /// The field separator; nil sniffs `;`, `,` or tab from the first records.
    public var separator: UInt8?
    /// The text encoding; nil detects it from a byte-order mark, else UTF-8, else Windows-1252.
    public var encoding: CSVEncoding?

    public init(separator: UInt8? = nil, encoding: CSVEncoding? = nil) {
        self.separator = separator
        self.encoding = encoding
    }
}

/// Text encodings a CSV export may use.
public enum CSVEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case utf16LittleEndian = "utf-16le"
    case utf16BigEndian = "utf-16be"
    case windows1252 = "windows-1252"
}
