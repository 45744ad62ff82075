import Foundation
import Testing
@testable import RenstraMapping
import RenstraModel
import TestSupport

/// The normaliser on small tables: one behaviour per test.
@Suite(.scratch) struct NormaliserTests {
    @Test func programsAndKegiatanFormATreeWithTheirCodesAndNumbers() throws {
        let document = try Fixtures.importCSV(Fixtures.codedRows)
        #expect(document.nodes.count == 1)
        let program = document.nodes[0]
        #expect(program.level == .program)
        #expect(program.kodeParts == ["2", "11", "15"])
        #expect(program.nomor?.value == "1")
        #expect(program.children.map(\.nama?.value) == ["Kegiatan satu", "Kegiatan dua"])
        #expect(program.children[1].kodeParts == ["2", "11", "15", "3"])
        #expect(program.children[1].nomor?.value == "2")
        #expect(document.years == [2016, 2017])
    }

    @Test func moneyIsExactRupiahWithItsCell() throws {
        let program = try Fixtures.importCSV(Fixtures.codedRows).nodes[0]
        #expect(program.pagu[2017]?.value == Rupiah(8_400_000_000))
        #expect(program.pagu[2017]?.at == CellLocation(sheet: "tabel", cell: "K6"))
        #expect(program.paguAkhir?.value == Rupiah(9_105_000_000))
    }

    @Test func aDashIsNoneAndHashesAreUnreadableNeverZero() throws {
        let kegiatan = try Fixtures.importCSV(Fixtures.codedRows).nodes[0].children
        #expect(kegiatan[0].pagu[2017]?.state == Pagu.State.none)
        #expect(kegiatan[1].indikator.first?.targets[2016]?.state == .unreadable(UnreadableNumber.hashes.description))
        #expect(kegiatan[1].indikator.first?.targets[2016]?.text == "######")
    }

    @Test func theTotalRowIsKeptApart() throws {
        let document = try Fixtures.importCSV(Fixtures.codedRows)
        #expect(document.total?.pagu[2016]?.value == Rupiah(705_000_000))
        #expect(document.total?.row.row == 9)
    }

    @Test func everyRowIsPlacedOrIgnoredWithAReason() throws {
        let document = try Fixtures.importCSV(Fixtures.codedRows)
        #expect(document.rowCounts.read == 8)
        #expect(document.rowCounts.placed == 4)
        #expect(document.rowCounts.ignored == 4)
        #expect(document.ignoredRows.map(\.reason) == [.title, .header, .header, .columnNumbers])
    }

    @Test func columnsAreFoundByHeaderWhateverTheirOrder() throws {
        // Satuan moved to the front, an empty column between the years.
        let reordered = Fixtures.codedRows.map { row -> [String] in
            guard row.count == 13 else { return row }
            return [row[6]] + row[0..<6] + row[7..<9] + [""] + row[9...]
        }
        let document = try Fixtures.importCSV(reordered)
        let original = try Fixtures.importCSV(Fixtures.codedRows)
        #expect(document.nodes[0].children.map(\.nama?.value) == original.nodes[0].children.map(\.nama?.value))
        #expect(document.nodes[0].pagu[2017]?.value == original.nodes[0].pagu[2017]?.value)
        #expect(document.nodes[0].children[0].indikator.first?.satuan?.value == "org")
    }

    @Test func repeatedHeadersTitlesPageNumbersAndPrintedTwiceRowsAreIgnored() throws {
        var printed = Array(Fixtures.codedRows[0..<7])
        printed += [["17"], [], ["TABEL UJI"]] + Array(Fixtures.codedRows[2..<5])
        printed += [Fixtures.codedRows[6], Fixtures.codedRows[7], Fixtures.codedRows[8]]
        let document = try Fixtures.importCSV(printed)
        #expect(document.nodes[0].children.count == 2)
        let reasons = document.ignoredRows.map(\.reason)
        #expect(reasons.filter { $0 == .pageNumber }.count == 1)
        #expect(reasons.filter { $0 == .title }.count == 2)
        #expect(reasons.filter { $0 == .header }.count == 4)
        #expect(reasons.filter { $0 == .columnNumbers }.count == 2)
        let repeat_ = document.ignoredRows.first { $0.reason == .repeatedRow }
        #expect(repeat_?.row.row == 14)
        #expect(repeat_?.repeats?.row == 7)
        #expect(document.rowCounts.read == document.rowCounts.placed + document.rowCounts.ignored)
    }

    @Test func aRequiredColumnMissingIsNamed() throws {
        let rows = Fixtures.codedRows.map { row in row.count == 13 ? Array(row[0..<6] + row[7...]) : row }
        do {
            _ = try Fixtures.importCSV(rows)
            Issue.record("imported without its satuan column")
        } catch let error as ImportError {
            #expect(error.problem == .missingColumn(mapping: "test-coded@1", field: "satuan", header: "Satuan / SAT"))
            #expect(error.description.contains("the header has no column for satuan"))
        }
    }

    @Test func aMappingNamingASheetTheWorkbookLacksSaysWhichSheetsThereAre() throws {
        let yaml = Fixtures.codedYAML.replacingOccurrences(of: "header:\n", with: "sheet: {name: Renstra}\nheader:\n")
        let mapping = try MappingLoader.load(yaml: yaml, source: "named.yaml")
        do {
            _ = try Fixtures.importCSV(Fixtures.codedRows, mapping: mapping)
            Issue.record("imported from a sheet that does not exist")
        } catch let error as ImportError {
            #expect(error.problem == .sheetNotFound("Renstra", available: ["tabel"]))
            #expect(error.explanation == "the mapping asks for sheet \"Renstra\", but the workbook has \"tabel\"")
        }
    }

    @Test func noMatchingHeaderIsSaidPlainly() throws {
        do {
            _ = try Fixtures.importCSV([["Laporan keuangan"], ["Akun", "Saldo"], ["1", "2"]])
            Issue.record("a table without the header was imported")
        } catch let error as ImportError {
            guard case .headerNotFound = error.problem else { Issue.record("\(error)"); return }
            #expect(error.description.contains("no sheet has the header of mapping test-coded@1"))
        }
    }
}
