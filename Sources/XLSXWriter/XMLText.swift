/// Escaping for the XML the writer produces.
enum XMLText {
    /// Escapes `&`, `<`, `>` and `"` so the text fits in element content and in attributes.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    /// A cell string as an ECMA-376 `ST_Xstring` (Part 1, §22.9.2.19), escaped for XML.
    /// Characters XML 1.0 cannot carry, and the carriage return that XML parsers would turn
    /// into a line feed, become `_xHHHH_`; an underscore that would otherwise read as the start
    /// of such an escape becomes `_x005F_`.
    static func cellString(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var encoded = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if needsEscape(scalar) || (scalar == "_" && startsEscapePattern(scalars, at: index)) {
                encoded.append(contentsOf: "_x\(hex4(scalar.value))_".unicodeScalars)
            } else {
                encoded.append(scalar)
            }
        }
        return escaped(String(encoded))
    }

    /// True when the text has blanks at either end, which a `<t>` run keeps only with
    /// `xml:space="preserve"`.
    static func needsPreserve(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        return isBlank(first) || isBlank(last)
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: false
        case 0x00...0x1F, 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    /// Whether `_xHHHH_` (four hex digits) starts at `index`.
    private static func startsEscapePattern(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 6 < scalars.count, scalars[index + 1] == "x", scalars[index + 6] == "_" else { return false }
        return scalars[(index + 2)..<(index + 6)].allSatisfy { $0.properties.isASCIIHexDigit }
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
