import Foundation
import Testing
import TestSupport

/// `renstra cells` as a user runs it: JSON on stdout and exit 0, or a message naming the file
/// on stderr and exit 2.
@Suite(.scratch) struct CellsCommandTests {
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The `renstra` executable built beside the test bundle.
    static let executable: URL = {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("renstra")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: ".build/debug/renstra")
    }()

    static func run(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Writes `bytes` to a new scratch file called `name`.
    static func temporaryFile(_ name: String, _ bytes: [UInt8]) throws -> URL {
        let url = try Scratch.file(name)
        try Data(bytes).write(to: url)
        return url
    }

    @Test func aCSVPrintsAsOneSheetOfTextCells() throws {
        let csv = try Self.temporaryFile("tabel.csv", [0xEF, 0xBB, 0xBF] + Array("Kode;Pagu\r\n2 11 15;150.000.000\r\n".utf8))
        let run = try Self.run(["cells", csv.path])
        #expect(run.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let sheets = json?["sheets"] as? [[String: Any]]
        #expect(sheets?.first?["name"] as? String == "tabel")
        let cells = sheets?.first?["cells"] as? [String: [String: String]]
        #expect(cells?["B2"] == ["t": "s", "v": "150.000.000"])
        #expect(cells?["A2"] == ["t": "s", "v": "2 11 15"])
    }

    @Test func anUnreadableFileExitsWithTwoAndNamesIt() throws {
        let bogus = try Self.temporaryFile("laporan.xlsx", Array("not a workbook".utf8))
        let run = try Self.run(["cells", bogus.path])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("laporan.xlsx"))
        #expect(run.stderr.contains("not a zip container"))
    }

    @Test func aMissingSheetExitsWithTwo() throws {
        let csv = try Self.temporaryFile("a.csv", Array("x\n".utf8))
        let run = try Self.run(["cells", csv.path, "--sheet", "Tabel 6.1"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("there is no sheet Tabel 6.1"))
    }

    @Test func theSeparatorCanBeForced() throws {
        let csv = try Self.temporaryFile("a.csv", Array("a;b,c\n".utf8))
        let run = try Self.run(["cells", csv.path, "--separator", ","])
        #expect(run.status == 0)
        #expect(run.stdout.contains(#""B1":{"t":"s","v":"c"}"#))
    }

    @Test func aBadOptionIsAUsageError() throws {
        let csv = try Self.temporaryFile("a.csv", Array("x\n".utf8))
        let run = try Self.run(["cells", csv.path, "--encoding", "ebcdic"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("--encoding must be one of"))
    }
}
