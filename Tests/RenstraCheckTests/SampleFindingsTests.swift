import Foundation
import Testing
@testable import RenstraCheck
import RenstraModel

/// The samples' known defects (samples/README.md, "Known defects of the source") are each
/// reported at their cell, and nothing else is.
@Suite struct SampleFindingsTests {
    /// Tabel 5.1, item by item. Rows are the workbook's; the README names seed lines.
    static let tabel51: [At] = [
        At("AA10", .rowTotalMismatch),    // 1: urusan 2 rp_akhir 22.519.210.000, expected 86.060.177.000
        At("G11", .codeMismatch),         // 3: bidang printed `2 11 15`, expected `2 11`
        At("AA11", .rowTotalMismatch),    // 2: bidang 2 11 rp_akhir; the (correct) grand total is not reported
        At("Z14", .targetTotalMismatch),  // 15: 2.11.15.3.2 t_akhir 50 (last year) where the table sums: 180
        At("Z26", .targetTotalMismatch),  // 6: 2.11.15.16.14 t_akhir empty, expected 1
        At("L41", .duplicateName),        // 13: 2.11.15.31.29 = 2.11.15.8.6, same figures
        At("W54", .numberOutlier),        // 4: 2.11.15.45.42 25.000.000 among 250.000.000 (printed in rp2018)
        At("K63", .ordinalGap),           // 8: no 53 where 51 comes next
        At("L104", .duplicateName),       // 14: 2.11.19.17.12 "akutansi" ~ 2.11.19.12.7
        At("L149", .duplicateName),       // 14: 2.11.21.31.31 = 2.11.21.22.22
        At("L153", .duplicateName),       // 14: 2.11.21.36.35 = 2.11.18.2.2, identical figures
        At("L166", .duplicateName),       // 14: 2.11.21.49.48 = 2.11.21.35.34
        At("N166", .missingUnit),         // 7: 2.11.21.49.48 satuan empty
        At("O171", .missingBaseline),     // beyond the list: program 4.5.19 alone of 14 programs has no kondisi awal
        At("Z175", .targetTotalMismatch), // 10: program 5.4.15 t_akhir 12 where the table's bulan rows sum: 60
        At("Y183", .numberOutlier),       // 5: 5.4.15.14.8 4.000.000 after two 40.000.000
        At("K198", .numberAsText),        // 9: 5.4.17.2 no `1.`
        At("X212", .targetOutOfRange),    // 11: program 5.4.20 t2019 13 bulan (t_akhir 61 follows from it)
        At("O222", .unitConflict),        // beyond the list: 5.4.25.25.1 kondisi awal `1 kali`, satuan org
    ]

    /// Tabel 6.1, item by item.
    static let tabel61: [At] = [
        At("N8", .moneyUnitMismatch),     // 1: `PAGU (ribu)` over full Rupiah
        At("K11", .ordinalGap),           // 4: P 4584 numbers 1., 1., 1., 2.
        At("K16", .ordinalGap),           // 5: P 4672
        At("I18", .unitConflict),         // 14: P 4794 kondisi awal `16 %`, satuan Kop
        At("K20", .ordinalGap),           // 6: P 4794
        At("K24", .ordinalGap),           // 7: P 4871
        At("H32", .missingUnit),          // 11: P 5110 satuan empty
        At("K36", .ordinalGap),           // 8: P 5110
        At("H45", .missingUnit),          // 12: K 5395 satuan `-`
        At("K45", .ordinalGap),           // 9: P 5339
        At("K51", .ordinalGap),           // 10: P 5464
        At("K52", .ordinalGap),           // 3: K 5587 without a number
        At("M60", .unreadableNumber),     // 2: K 5747 t2020 ######
        At("O60", .unreadableNumber),     // 2: t2021 ######
        At("Q60", .unreadableNumber),     // 2: t2022 #####
        At("S60", .unreadableNumber),     // 2: t2023 #####
        At("U60", .unreadableNumber),     // 2: t2024 ######
        At("I74", .missingBaseline),      // 13: P 5988 kondisi awal empty
    ]

    @Test(arguments: ["tabel-5.1.xlsx", "tabel-5.1.csv"])
    func tabel51ReportsEveryKnownDefectAndNothingElse(sample: String) throws {
        #expect(At.all(try SampleFindings.findings(sample)) == Self.tabel51)
    }

    @Test(arguments: ["tabel-6.1.xlsx", "tabel-6.1.csv"])
    func tabel61ReportsEveryKnownDefectAndNothingElse(sample: String) throws {
        #expect(At.all(try SampleFindings.findings(sample)) == Self.tabel61)
    }

    @Test func theSeedsProgramsBalance() throws {
        for sample in SampleFindings.samples {
            let findings = try SampleFindings.findings(sample.file)
            #expect(!findings.contains { $0.code == .paguSumMismatch }, "\(sample.file)")
        }
    }

    @Test func theMoneyFindingsSayWhatIsExpectedWhere() throws {
        let findings = try SampleFindings.findings("tabel-5.1.xlsx")
        let urusan = try #require(findings.first { $0.location.cell == "AA10" })
        #expect(urusan.expected == .money(Rupiah(86_060_177_000)))
        #expect(urusan.actual == .money(Rupiah(22_519_210_000)))
        #expect(urusan.note(.en)?.contains("AA223") == true)
        #expect(urusan.message(.id) == "urusan 2: Rp akhir periode tertulis 22.519.210.000, tetapi jumlah tahunannya 86.060.177.000.")
        let outlier = try #require(findings.first { $0.location.cell == "W54" })
        #expect(outlier.expected == .money(Rupiah(250_000_000)))
    }

    @Test(arguments: [("tabel-5.1.xlsx", "tabel-5.1.csv"), ("tabel-6.1.xlsx", "tabel-6.1.csv")])
    func theWorkbookAndItsCSVExportGiveTheSameFindings(workbook: String, csv: String) throws {
        func essence(_ findings: [Finding]) -> [String] {
            findings.map { "\($0.code.rawValue) \($0.message(.en)) \($0.note(.en) ?? "") \(String(describing: $0.expected)) \(String(describing: $0.actual))" }
        }
        #expect(essence(try SampleFindings.findings(workbook)) == essence(try SampleFindings.findings(csv)))
    }

    @Test func thePrintedCopyAddsOnlyItsRepeatedRows() throws {
        func essence(_ findings: [Finding]) -> [String] {
            findings.map { "\($0.code.rawValue) \($0.location.column) \($0.subject?.level?.rawValue ?? "") \($0.subject?.kode ?? "")" }.sorted()
        }
        let printed = try SampleFindings.findings("tabel-5.1-as-printed.xlsx")
        let repeats = printed.filter { $0.code == .duplicateRow }
        #expect(repeats.map(\.location.cell) == ["G25", "G50", "G76", "G103", "G129", "G155", "G180", "G206", "G230", "G260",
                                                 "G290", "G322", "G354", "G383"])
        #expect(essence(printed.filter { $0.code != .duplicateRow }) == essence(try SampleFindings.findings("tabel-5.1.xlsx")))
    }
}
