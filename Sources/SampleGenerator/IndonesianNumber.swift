import XLSXWriter

/// A figure printed as a plain Indonesian number: `.` groups thousands, `,` marks decimals.
///
/// **The number/text rule of the samples.** A printed figure becomes a numeric cell when, and
/// only when, it is a plain Indonesian number: digits with optional thousands groups
/// (`150.000.000`, `2.000`) or none (`30`, `98253`, `4015`), then optionally `,` and decimal
/// digits (`27,2`, `27,18`), with no sign, unit, blank or leading zero (`0` and `0,5` are
/// fine). The cell's value is the exact decimal built from the digits (`150000000`, `27.2`,
/// never through `Double`), and its number format shows it exactly as printed in an id-ID
/// locale: `#,##0` when the print groups thousands, `0` when it does not, plus one `0` per
/// printed decimal (`0.0`, `#,##0.00`). Everything else — `-`, `######`, `27,18 %`, `20%`,
/// `12 bulan`, `1.` — stays text exactly as printed, and an empty field gives no value.
struct IndonesianNumber: Hashable, Sendable {
    /// The cell value, e.g. `150000000` or `27.2`.
    let value: ExactNumber
    /// Whether the print groups thousands with `.`.
    let groupsThousands: Bool
    /// Decimals printed after the `,`.
    let decimals: Int

    /// Parses a printed figure; nil when it is not a plain Indonesian number.
    init?(printed text: String) {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= 2, let integerPart = parts.first else { return nil }
        let fraction = parts.count == 2 ? String(parts[1]) : ""
        guard parts.count == 1 || (!fraction.isEmpty && fraction.allSatisfy(\.isASCIIDigit)) else { return nil }
        let groups = integerPart.split(separator: ".", omittingEmptySubsequences: false)
        guard let lead = groups.first, !lead.isEmpty, lead.allSatisfy(\.isASCIIDigit),
              lead == "0" || lead.first != "0" else { return nil }
        if groups.count > 1 {
            guard lead.count <= 3, lead != "0",
                  groups.dropFirst().allSatisfy({ $0.count == 3 && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        }
        let digits = groups.joined()
        guard let value = ExactNumber(fraction.isEmpty ? digits : digits + "." + fraction) else { return nil }
        self.value = value
        self.groupsThousands = groups.count > 1
        self.decimals = fraction.count
    }

    /// A whole number written the way a person types it into a cell (`1`, `28`, `2020`).
    init(_ integer: Int) {
        precondition(integer >= 0, "only non-negative whole numbers are typed into the samples")
        self.init(printed: String(integer))!
    }

    /// The number format that shows the value as printed.
    var format: NumberFormat {
        let integerPart = groupsThousands ? "#,##0" : "0"
        return NumberFormat(code: decimals == 0 ? integerPart : integerPart + "." + String(repeating: "0", count: decimals))
    }

    /// The value as Excel shows it under `format` in an id-ID locale: `.` between thousands
    /// groups when the format groups, `,` before exactly `decimals` decimals. Built from the
    /// value's digits, so it is what "Save as CSV" writes.
    var displayed: String {
        let parts = value.text.split(separator: ".", maxSplits: 1)
        var integer = String(parts[0])
        let fraction = parts.count == 2 ? String(parts[1]) : ""
        precondition(fraction.count <= decimals, "the format shows fewer decimals than the value has")
        if groupsThousands {
            var grouped: [Character] = []
            for (offset, digit) in integer.reversed().enumerated() {
                if offset > 0, offset.isMultiple(of: 3) { grouped.append(".") }
                grouped.append(digit)
            }
            integer = String(grouped.reversed())
        }
        guard decimals > 0 else { return integer }
        return integer + "," + fraction + String(repeating: "0", count: decimals - fraction.count)
    }
}

private extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
