import Foundation
import Spreadsheet
import Testing

/// Reads all 400 files of `../shared/xlsx-corpus` (or `$RENSTRA_XLSX_CORPUS`) and holds the
/// reader to its peers: cell for cell on files where calamine and openpyxl agree, a clean error
/// where both reject the file, and every other difference listed in
/// `docs/xlsx-corpus-deviations.md`. Without the corpus these tests are skipped, except where
/// `RENSTRA_REQUIRE_CORPUS=1` (CI) makes its absence a failure.
@Suite struct CorpusConformanceTests {
    struct Outcome: Sendable {
        let path: String
        let readersAgree: Bool
        let bothReadersFailed: Bool
        /// Empty when the file matched; else the first differences.
        let problems: [String]
        let error: ReadError?
        let seconds: Double
    }

    static let outcomes: [Outcome] = {
        guard let paths = try? CorpusOracle.manifest() else { return [] }
        return paths.map(run)
    }()

    static func run(_ path: String) -> Outcome {
        let oracle = try! CorpusOracle.load(path)
        let clock = ContinuousClock.now
        var problems: [String] = []
        var readError: ReadError?
        do {
            let reader = try XLSXReader(path: CorpusOracle.root.appendingPathComponent(path).path, displayName: path)
            let expected = oracle.worksheets
            let names = reader.sheets.map(\.name)
            if names != expected.map(\.name) { problems.append("sheets \(names) ≠ \(expected.map(\.name))") }
            for (info, sheet) in zip(reader.sheets, expected) {
                var seen = Set<String>()
                let layout = try reader.readRows(of: info) { row in
                    for cell in row.cells {
                        let key = cell.address.description
                        seen.insert(key)
                        guard let entry = sheet.cells[key] else {
                            if case .error = cell.value, oracle.errorCellsInvisible { continue }
                            problems.append("\(info.name)!\(key): extra \(cell.value)")
                            continue
                        }
                        if !OracleCell.matches(cell.value, entry) {
                            problems.append("\(info.name)!\(key): \(cell.value) ≠ \(entry)")
                        }
                    }
                }
                if let merged = sheet.merged,
                   Set(layout.mergedRanges.map(\.description)) != Set(merged.map { CellRange(a1: $0)!.description }) {
                    problems.append("\(info.name): merged \(layout.mergedRanges) ≠ \(merged)")
                }
                for (key, entry) in sheet.cells where !seen.contains(key) && !OracleCell.matches(nil, entry) {
                    problems.append("\(info.name)!\(key): missing \(entry)")
                }
            }
        } catch let error as ReadError {
            readError = error
            problems.append("error: \(error)")
        } catch {
            problems.append("unexpected error type: \(error)")
        }
        let elapsed = ContinuousClock.now - clock
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return Outcome(path: path, readersAgree: oracle.readersAgree, bothReadersFailed: oracle.bothReadersFailed, problems: Array(problems.prefix(5)), error: readError, seconds: seconds)
    }

    /// Files listed in docs/xlsx-corpus-deviations.md (first column of its table).
    static let documentedDeviations: Set<String> = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/xlsx-corpus-deviations.md")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return Set(text.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("| `files/") else { return nil }
            return line.split(separator: "`")[1].description
        })
    }()

    @Test func corpusIsPresent() {
        guard CorpusOracle.isAvailable else {
            #expect(!CorpusOracle.isRequired, "the xlsx corpus is required but not found at \(CorpusOracle.root.path)")
            return
        }
        #expect(Self.outcomes.count == 400, "expected the 400 corpus files at \(CorpusOracle.root.path)")
    }

    @Test(.enabled(if: CorpusOracle.isAvailable, "the xlsx corpus is not beside the repository (set RENSTRA_XLSX_CORPUS)")) func filesBothPeersAgreeOnMatchCellForCell() {
        let agreed = Self.outcomes.filter { $0.readersAgree }
        let matching = agreed.filter { $0.problems.isEmpty }
        #expect(agreed.count == 297)
        #expect(Double(matching.count) >= 0.995 * Double(agreed.count),
                "\(matching.count) of \(agreed.count) match")
        for outcome in agreed where !outcome.problems.isEmpty {
            #expect(Self.documentedDeviations.contains(outcome.path),
                    "undocumented deviation \(outcome.path): \(outcome.problems)")
        }
    }

    @Test(.enabled(if: CorpusOracle.isAvailable, "the xlsx corpus is not beside the repository (set RENSTRA_XLSX_CORPUS)")) func filesBothPeersRejectGiveACleanError() {
        let rejected = Self.outcomes.filter { $0.bothReadersFailed }
        #expect(rejected.count == 16)
        for outcome in rejected {
            #expect(outcome.error != nil, "\(outcome.path) was read, though both peers reject it")
        }
    }

    @Test(.enabled(if: CorpusOracle.isAvailable, "the xlsx corpus is not beside the repository (set RENSTRA_XLSX_CORPUS)")) func disputedFilesTakeOneOfThePeersValues() {
        let disputed = Self.outcomes.filter { !$0.readersAgree && !$0.bothReadersFailed }
        for outcome in disputed where !outcome.problems.isEmpty {
            #expect(Self.documentedDeviations.contains(outcome.path),
                    "undocumented deviation \(outcome.path): \(outcome.problems)")
        }
    }

    @Test(.enabled(if: CorpusOracle.isAvailable, "the xlsx corpus is not beside the repository (set RENSTRA_XLSX_CORPUS)")) func everyDocumentedDeviationStillDeviates() {
        let deviating = Set(Self.outcomes.filter { !$0.problems.isEmpty && !$0.bothReadersFailed }.map(\.path))
        #expect(Self.documentedDeviations.subtracting(deviating).isEmpty,
                "documented but now matching: \(Self.documentedDeviations.subtracting(deviating).sorted())")
    }

    @Test(.enabled(if: CorpusOracle.isAvailable, "the xlsx corpus is not beside the repository (set RENSTRA_XLSX_CORPUS)")) func noFileTakesMoreThanTwoSeconds() {
        for outcome in Self.outcomes {
            #expect(outcome.seconds < 2, "\(outcome.path) took \(outcome.seconds) s")
        }
    }
}
