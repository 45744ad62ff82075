import Foundation

/// What a cell says where a figure is expected.
public enum NumberReading: Hashable, Sendable {
    /// An exact number. `percent` is set when it was written with `%`; `suffix` keeps a unit
    /// written after it (`12 bulan`).
    case number(Decimal, percent: Bool, suffix: String?)
    /// A dash (`-`): nothing planned. Never the same as zero.
    case none
    /// An empty cell.
    case empty
    /// Something that should be a figure but cannot be read: `######`, `1OO.000.000`, words.
    case unreadable(UnreadableNumber)
}

/// Why a figure could not be read, in words a planner understands.
public enum UnreadableNumber: Hashable, Sendable, CustomStringConvertible {
    /// `######`: the column was too narrow when the figure was printed or exported.
    case hashes
    /// A letter where a digit belongs (`1OO.000.000`, `l5`).
    case lettersAmongDigits
    /// Dots and commas that fit neither `150.000.000` nor `27,18`.
    case badGrouping
    /// Text where a figure must be.
    case text

    public var description: String {
        switch self {
        case .hashes: return "the cell shows ###### (the figure was too wide for its column when printed)"
        case .lettersAmongDigits: return "a letter stands among the digits"
        case .badGrouping: return "the dots and commas fit no number format"
        case .text: return "text stands where a figure must be"
        }
    }
}

/// The convention for thousands and decimal separators.
public enum NumberLocale: String, Sendable, Codable, CaseIterable {
    /// Indonesian: `150.000.000`, `27,18`.
    case id
    /// English: `150,000,000`, `27.18`.
    case en

    /// The separators as bytes, for reading UTF-8.
    var groupByte: UInt8 { self == .id ? UInt8(ascii: ".") : UInt8(ascii: ",") }
    var decimalByte: UInt8 { self == .id ? UInt8(ascii: ",") : UInt8(ascii: ".") }
    var groupSeparator: Character { Character(Unicode.Scalar(groupByte)) }
    var decimalSeparator: Character { Character(Unicode.Scalar(decimalByte)) }
}
