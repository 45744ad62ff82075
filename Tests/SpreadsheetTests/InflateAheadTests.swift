import Foundation
import Testing
@testable import Spreadsheet
import TestSupport

/// A large part is inflated on a thread of its own, a few chunks ahead of the parser: it reads
/// the same cells, and every limit, damage or stop on either side ends both threads cleanly.
@Suite(.scratch) struct InflateAheadTests {
    /// Rows enough for a sheet part above `ZipEntryStream.inflateAheadFrom`.
    private static let rowCount = 80_000

    private static func rows() -> String { TestPackage.numberedRows(rowCount) }

    private func reader(sheet: String, limits: ReadLimits = .standard) throws -> XLSXReader {
        let url = try TestPackage.workbook(sheets: [("S", sheet)])
        return try XLSXReader(path: url.path, limits: limits)
    }

    @Test func theLargePartIsInflatedAhead() {
        #expect(UInt64(TestPackage.sheet(Self.rows()).utf8.count) > ZipEntryStream.inflateAheadFrom)
    }

    @Test func everyRowIsReadInOrder() throws {
        let reader = try reader(sheet: TestPackage.sheet(Self.rows()))
        var expected = 1
        _ = try reader.readRows(of: reader.sheets[0]) { row in
            #expect(row.number == expected)
            #expect(row.cells.first?.value == .number(NumberText(String(expected))!))
            expected += 1
        }
        #expect(expected == Self.rowCount + 1)
    }

    @Test func aLimitReachedWhileInflatingAheadIsThrown() throws {
        var limits = ReadLimits()
        limits.maxPartBytes = 1 << 20
        let error = TestPackage.readError(try TestPackage.workbook(sheets: [("S", TestPackage.sheet(Self.rows()))]),
                                          limits: limits)
        #expect(error?.reason == .partTooLarge(limit: 1 << 20))
        #expect(error?.part == "xl/worksheets/sheet1.xml")
    }

    @Test func theParsersStopEndsTheInflaterAndFreesTheReader() throws {
        struct Enough: Error {}
        let reader = try reader(sheet: TestPackage.sheet(Self.rows()))
        var seen = 0
        #expect(throws: Enough.self) {
            _ = try reader.readRows(of: reader.sheets[0]) { _ in
                seen += 1
                if seen == 100 { throw Enough() }
            }
        }
        var again = 0
        _ = try reader.readRows(of: reader.sheets[0]) { _ in again += 1 }
        #expect(again == Self.rowCount)
    }

    @Test func malformedXMLEarlyInALargePartIsRefused() throws {
        let sheet = TestPackage.sheet(#"<row r="1"><c r="A1"><v>1</v></x></row>"# + Self.rows())
        let error = TestPackage.readError(try TestPackage.workbook(sheets: [("S", sheet)]))
        guard case .malformedXML? = error?.reason else {
            Issue.record("not refused as malformed: \(String(describing: error))")
            return
        }
    }

    @Test func aBadChecksumOfALargePartIsRefused() throws {
        var zip = TestPackage.rawWorkbook(sheet: TestPackage.sheet(Self.rows()))
        zip.entries[zip.entries.count - 1].crc = 0xDEAD_BEEF
        let error = TestPackage.readError(try zip.write())
        guard case .corruptEntry(let why)? = error?.reason else {
            Issue.record("not refused as corrupt: \(String(describing: error))")
            return
        }
        #expect(why.contains("CRC"))
        #expect(error?.part == "xl/worksheets/sheet1.xml")
    }
}
