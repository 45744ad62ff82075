import Foundation
import Testing
@testable import Spreadsheet
import TestSupport

/// Reading ahead on a second thread hands over the same rows as reading in line, and stops
/// cleanly on either side's error.
@Suite(.scratch) struct RowsAheadTests {
    /// A sheet of `count` rows, each with its number in A and a text in B.
    private func workbook(rows count: Int, after: String = "", limits: ReadLimits = .standard) throws -> XLSXReader {
        let url = try TestPackage.workbook(sheets: [("S", TestPackage.sheet(TestPackage.numberedRows(count) + after))])
        return try XLSXReader(path: url.path, limits: limits)
    }

    @Test(arguments: [1, 7, 256]) func theRowsAreTheSameAsReadInLine(batchSize: Int) throws {
        let reader = try workbook(rows: 1_000)
        var inLine: [Row] = [], ahead: [Row] = []
        _ = try reader.readRows(of: reader.sheets[0]) { inLine.append($0) }
        _ = try reader.readRowsAhead(of: reader.sheets[0], batchSize: batchSize, batches: 2) { ahead.append($0) }
        #expect(ahead.count == 1_000)
        #expect(ahead == inLine)
    }

    /// Prepared on either thread, the rows reach the caller prepared and in order.
    @Test(arguments: [1, 7, 256]) func preparedRowsComeInOrder(batchSize: Int) throws {
        let reader = try workbook(rows: 1_000)
        var inLine: [Int] = [], ahead: [Int] = []
        _ = try reader.readRows(of: reader.sheets[0]) { inLine.append($0.number * 10 + $0.cells.count) }
        _ = try reader.readRowsAhead(of: reader.sheets[0], batchSize: batchSize, batches: 2,
                                     preparing: { $0.number * 10 + $0.cells.count }) { ahead.append($0) }
        #expect(ahead == inLine)
    }

    @Test func theCallersErrorStopsTheReadingAndIsThrown() throws {
        struct Enough: Error {}
        let reader = try workbook(rows: 5_000)
        var seen = 0
        #expect(throws: Enough.self) {
            _ = try reader.readRowsAhead(of: reader.sheets[0], batchSize: 16, batches: 2) { _ in
                seen += 1
                if seen == 100 { throw Enough() }
            }
        }
        #expect(seen == 100)
        // The reader is free again: the reading thread has stopped.
        var again = 0
        _ = try reader.readRows(of: reader.sheets[0]) { _ in again += 1 }
        #expect(again == 5_000)
    }

    @Test func theReadersErrorComesAfterTheRowsBeforeIt() throws {
        let reader = try workbook(rows: 600, after: #"<row r="2"><c r="A2"><v>1</v></c></row>"#)
        var inLine = 0, ahead = 0
        #expect(throws: ReadError.self) { _ = try reader.readRows(of: reader.sheets[0]) { _ in inLine += 1 } }
        do {
            _ = try reader.readRowsAhead(of: reader.sheets[0], batchSize: 64) { _ in ahead += 1 }
            Issue.record("the rows going backwards were not refused")
        } catch let error as ReadError {
            #expect(error.reason == .cellOutOfOrder("row 2"))
        }
        #expect(inLine >= 599 && ahead == inLine)
    }

    /// A read stopped early stops inflating there too: the sheet is not inflated to its end for
    /// nothing, so a second, whole read stays within a total cap that allows little more than one.
    @Test func aStoppedReadInflatesNoFurther() throws {
        struct Enough: Error {}
        let sheetBytes = Int64(TestPackage.sheet(TestPackage.numberedRows(20_000)).utf8.count)
        var limits = ReadLimits()
        limits.maxTotalBytes = sheetBytes * 3 / 2
        limits.maxCompressionRatio = 10_000
        for ahead in [false, true] {
            let reader = try workbook(rows: 20_000, limits: limits)
            #expect(throws: Enough.self) {
                if ahead {
                    _ = try reader.readRowsAhead(of: reader.sheets[0]) { _ in throw Enough() }
                } else {
                    _ = try reader.readRows(of: reader.sheets[0]) { _ in throw Enough() }
                }
            }
            var rows = 0
            _ = try reader.readRows(of: reader.sheets[0]) { _ in rows += 1 }
            #expect(rows == 20_000)
        }
    }
}
