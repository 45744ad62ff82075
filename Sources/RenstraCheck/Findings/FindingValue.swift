import ByteOutput
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
/// `1,500,000` and `27.5` in English. Spelled into bytes, for writers that build no `String`.
public enum NumberDisplay {
    /// Most bytes a `write` writes.
    public static let bound = GroupedDigits.bound

    /// Writes whole `value` at `out`; returns the count written.
    public static func write(_ value: Int64, _ language: Language, to out: UnsafeMutablePointer<UInt8>) -> Int {
        GroupedDigits.write(value, separator: separator(language), to: out)
    }

    /// Writes `value` at `out`; returns the count written.
    public static func write(_ value: Decimal, _ language: Language, to out: UnsafeMutablePointer<UInt8>) -> Int {
        GroupedDigits.write(value, separator: separator(language), point: language == .id ? UInt8(ascii: ",") : UInt8(ascii: "."),
                            to: out)
    }

    static func integer(_ value: Int64, _ language: Language) -> String {
        spelled { write(value, language, to: $0) }
    }

    static func decimal(_ value: Decimal, _ language: Language) -> String {
        spelled { write(value, language, to: $0) }
    }

    private static func separator(_ language: Language) -> UInt8 {
        language == .id ? UInt8(ascii: ".") : UInt8(ascii: ",")
    }

    private static func spelled(_ write: (UnsafeMutablePointer<UInt8>) -> Int) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bound) { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[..<write(buffer.baseAddress!)]), as: UTF8.self)
        }
    }
}
