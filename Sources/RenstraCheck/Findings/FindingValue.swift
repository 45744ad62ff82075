import Foundation
import RenstraModel

/// An expected or actual value of a finding: money, a number, a text as printed, or an empty cell.
public enum FindingValue: Hashable, Sendable {
    case money(Rupiah)
    case number(Decimal)
    case text(String)
    case empty

    /// The value as a message shows it, with the reader's digit grouping.
    public func display(_ language: Language) -> String {
        switch self {
        case .money(let rupiah): return NumberDisplay.integer(rupiah.value, language)
        case .number(let number): return NumberDisplay.decimal(number, language)
        case .text(let text): return text
        case .empty: return Localized(id: "(kosong)", en: "(empty)").text(language)
        }
    }

    /// A figure's reading: its value, `-` when none was planned, empty when the cell is, or its text.
    public static func figure<Value>(_ figure: Figure<Value>?, _ make: (Value) -> FindingValue) -> FindingValue {
        guard let figure else { return .empty }
        switch figure.state {
        case .value(let value): return make(value)
        case .none: return .text(figure.text.isEmpty ? "-" : figure.text)
        case .missing: return .empty
        case .unreadable: return .text(figure.text)
        }
    }
}

/// Digit grouping as each language writes it: `1.500.000` and `27,5` in Indonesian,
/// `1,500,000` and `27.5` in English.
enum NumberDisplay {
    static func integer(_ value: Int64, _ language: Language) -> String {
        let digits = String(value.magnitude)
        let separator: Character = language == .id ? "." : ","
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(separator) }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    static func decimal(_ value: Decimal, _ language: Language) -> String {
        let plain = "\(value)"
        let negative = plain.hasPrefix("-")
        let unsigned = negative ? String(plain.dropFirst()) : plain
        let pieces = unsigned.split(separator: ".", maxSplits: 1)
        let whole = Int64(pieces[0]).map { integer($0, language) } ?? String(pieces[0])
        let fraction = pieces.count > 1 ? (language == .id ? "," : ".") + pieces[1] : ""
        return (negative ? "-" : "") + whole + fraction
    }
}
