import Foundation
import Testing
@testable import RenstraCheck
import RenstraModel

@Suite struct LanguageTests {
    @Test func theEnvironmentChoosesIndonesianOnlyForAnIdLocale() {
        #expect(Language.from(environment: ["LANG": "id_ID.UTF-8"]) == .id)
        #expect(Language.from(environment: ["LC_ALL": "id_ID.UTF-8", "LANG": "en_US.UTF-8"]) == .id)
        #expect(Language.from(environment: ["LC_ALL": "", "LANG": "id_ID"]) == .id)
        #expect(Language.from(environment: ["LC_ALL": "C.UTF-8", "LANG": "id_ID"]) == .en)
        #expect(Language.from(environment: [:]) == .en)
    }

    @Test func figuresAreGroupedAsEachLanguageWritesThem() {
        #expect(FindingValue.money(Rupiah(86_060_177_000)).display(.id) == "86.060.177.000")
        #expect(FindingValue.money(Rupiah(86_060_177_000)).display(.en) == "86,060,177,000")
        #expect(FindingValue.number(27.18).display(.id) == "27,18")
        #expect(FindingValue.number(4015).display(.en) == "4,015")
        #expect(FindingValue.empty.display(.id) == "(kosong)")
    }

    @Test func groupingKeepsTheSignTheFractionAndWholePartsBeyondInt64() throws {
        #expect(FindingValue.money(Rupiah(-1_500_000)).display(.id) == "-1.500.000")
        #expect(FindingValue.money(Rupiah(.min)).display(.en) == "-9,223,372,036,854,775,808")
        #expect(FindingValue.money(Rupiah(0)).display(.en) == "0")
        #expect(FindingValue.number(try #require(Decimal(string: "-1234567.0005"))).display(.id) == "-1.234.567,0005")
        #expect(FindingValue.number(try #require(Decimal(string: "0.5"))).display(.en) == "0.5")
        #expect(FindingValue.number(try #require(Decimal(string: "9223372036854775807.5"))).display(.en)
            == "9,223,372,036,854,775,807.5")
        // A whole part past Int64 is left ungrouped.
        #expect(FindingValue.number(try #require(Decimal(string: "9223372036854775808.5"))).display(.id)
            == "9223372036854775808,5")
        #expect(FindingValue.number(.nan).display(.id) == "NaN")
    }

    @Test func everyTemplateRendersWithoutLeftoverPlaceholdersOnTheSamples() throws {
        for sample in SampleFindings.samples {
            for finding in try SampleFindings.findings(sample.file) {
                for language in Language.allCases {
                    #expect(!finding.message(language).contains("{"), "\(finding.code) \(finding.location.cell)")
                    #expect(!(finding.note(language) ?? "").contains("{"), "\(finding.code) \(finding.location.cell)")
                }
            }
        }
    }

    @Test func placeholdersAreFilledOnceSoAValueKeepsItsOwnBraces() {
        let heading = Localized(id: "berkas {file}, lembar {sheet}", en: "file {file}, sheet {sheet}")
        #expect(heading.text(.en, filling: ["file": "{sheet}.csv", "sheet": "Tabel"]) == "file {sheet}.csv, sheet Tabel")
        #expect(heading.text(.id, filling: ["file": "a.xlsx"]) == "berkas a.xlsx, lembar {sheet}")
        #expect(VerdictWords.failing(at: .warning, .en) == "failing at warning and above")
    }
}
