/// An Excel number format code such as `#,##0` or `0.0`. Codes are locale-neutral: Excel and
/// LibreOffice show `#,##0` as `150.000.000` in an Indonesian locale and `150,000,000` in an
/// English one.
public struct NumberFormat: Hashable, Sendable {
    /// The format code as Excel stores it.
    public let code: String

    public init(code: String) { self.code = code }

    /// Excel's default format.
    public static let general = NumberFormat(code: "General")

    /// The id Excel reserves for this code, or nil when the code needs a `<numFmt>` entry.
    /// Only the locale-independent built-ins are listed (ECMA-376 Part 1, §18.8.30).
    var builtInID: Int? {
        switch code {
        case "General": 0
        case "0": 1
        case "0.00": 2
        case "#,##0": 3
        case "#,##0.00": 4
        default: nil
        }
    }
}
