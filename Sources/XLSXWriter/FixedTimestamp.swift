/// A date and time given by the caller, never read from the clock, so that writing the same
/// workbook twice gives the same bytes. It stamps the zip entries and the document properties.
/// It is a wall-clock time without time zone: the zip format has none, and the document
/// properties write it as UTC.
public struct FixedTimestamp: Hashable, Sendable {
    public let year: Int
    public let month: Int
    public let day: Int
    public let hour: Int
    public let minute: Int
    /// Seconds; the zip format keeps only even seconds, so an odd value is refused.
    public let second: Int

    /// A timestamp the zip format can record exactly: 1980–2107, even seconds.
    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0,
                second: Int = 0) throws(XLSXWriteError) {
        let text = "\(year)-\(month)-\(day) \(hour):\(minute):\(second)"
        guard (1980...2107).contains(year), (1...12).contains(month),
              (1...Self.daysIn(month: month, year: year)).contains(day),
              (0...23).contains(hour), (0...59).contains(minute), (0...58).contains(second),
              second.isMultiple(of: 2) else {
            throw .invalidTimestamp(text)
        }
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// W3C date-time as the core properties part wants it: `2020-01-31T08:00:00Z`.
    var w3cdtf: String {
        "\(year)-\(Self.twoDigits(month))-\(Self.twoDigits(day))T"
            + "\(Self.twoDigits(hour)):\(Self.twoDigits(minute)):\(Self.twoDigits(second))Z"
    }

    /// MS-DOS date field of a zip header: year since 1980, month, day.
    var dosDate: UInt16 { UInt16((year - 1980) << 9 | month << 5 | day) }

    /// MS-DOS time field of a zip header: hour, minute, second / 2.
    var dosTime: UInt16 { UInt16(hour << 11 | minute << 5 | second / 2) }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year.isMultiple(of: 4) && !year.isMultiple(of: 100)) || year.isMultiple(of: 400) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
