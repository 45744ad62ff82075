/// A spreadsheet date/time serial number (days since the workbook's epoch) together with
/// how its number format presents it. The raw serial is kept exactly.
public struct DateSerial: Hashable, Sendable {
    /// How the number format shows the serial.
    public enum Kind: String, Sendable {
        case date, datetime, time, duration
    }

    public let serial: NumberText
    public let kind: Kind
    /// True when the workbook counts days from 1904-01-01 (Mac Excel), false for the 1900 system.
    public let uses1904: Bool

    public init(serial: NumberText, kind: Kind, uses1904: Bool) {
        self.serial = serial
        self.kind = kind
        self.uses1904 = uses1904
    }

    /// ISO 8601 text of the value (`2021-01-01`, `2021-01-01T10:10:10`, `10:10:10`, `PT3600S`),
    /// or nil when the serial is outside what a date can show (negative, or past year 9999).
    public var isoText: String? {
        let value = serial.doubleValue
        guard value.isFinite else { return nil }
        if kind == .duration {
            guard abs(value) < 1e9 else { return nil }
            return "PT" + Self.secondsText(value * 86_400) + "S"
        }
        guard value >= 0, value < Self.firstSerialPastYear9999 else { return nil }
        let totalMicroseconds = (value * 86_400_000_000).rounded()
        var days = Int(totalMicroseconds / 86_400_000_000)
        let microseconds = Int(totalMicroseconds) - days * 86_400_000_000
        let clock = Self.clockText(microseconds)
        if kind == .time { return clock }
        // Day 0 of both systems, with the 1900 system's fictitious 29 February 1900 (serial 60).
        let civil: (year: Int, month: Int, day: Int)
        if uses1904 {
            civil = Self.civilDate(daysSinceUnixEpoch: days + Self.unixDaysOf1904Epoch)
        } else if days == 60 {
            civil = (1900, 2, 29)
        } else {
            if days < 60 { days += 1 }
            civil = Self.civilDate(daysSinceUnixEpoch: days + Self.unixDaysOf1900Epoch)
        }
        let date = Self.pad(civil.year, 4) + "-" + Self.pad(civil.month, 2) + "-" + Self.pad(civil.day, 2)
        switch kind {
        case .date where microseconds == 0: return date
        default: return date + "T" + clock
        }
    }

    /// Serial of 10000-01-01: later serials cannot be shown as dates and are read as numbers.
    static let firstSerialPastYear9999 = 2_958_466.0

    /// Days from 1970-01-01 back to 1899-12-30 (the 1900 system's day 0 for serials from 61).
    private static let unixDaysOf1900Epoch = -25_569
    /// Days from 1970-01-01 back to 1904-01-01.
    private static let unixDaysOf1904Epoch = -24_107

    /// `HH:MM:SS`, with `.ffffff` when there are microseconds (as Python's isoformat writes it).
    private static func clockText(_ microseconds: Int) -> String {
        let seconds = microseconds / 1_000_000, fraction = microseconds % 1_000_000
        let clock = pad(seconds / 3600, 2) + ":" + pad(seconds / 60 % 60, 2) + ":" + pad(seconds % 60, 2)
        return fraction == 0 ? clock : clock + "." + pad(fraction, 6)
    }

    /// Seconds with up to six decimals and no trailing zeros (`-10666598.4`, `86400`).
    private static func secondsText(_ seconds: Double) -> String {
        let micro = Int64((seconds * 1_000_000).rounded())
        let whole = micro / 1_000_000, fraction = abs(micro % 1_000_000)
        let sign = micro < 0 && whole == 0 ? "-" : ""
        guard fraction != 0 else { return sign + String(whole) }
        var digits = pad(Int(fraction), 6)
        while digits.hasSuffix("0") { digits.removeLast() }
        return sign + String(whole) + "." + digits
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    /// Proleptic Gregorian date of a day count from 1970-01-01 (Howard Hinnant's algorithm).
    private static func civilDate(daysSinceUnixEpoch: Int) -> (year: Int, month: Int, day: Int) {
        let z = daysSinceUnixEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
