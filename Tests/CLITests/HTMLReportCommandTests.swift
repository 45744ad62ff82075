import Foundation
import Testing
import TestSupport

/// `renstra check --format html -o` and `renstra import --report`: the page is written where
/// asked, and the exit status is the check's.
@Suite(.scratch) struct HTMLReportCommandTests {
    @Test func checkWritesThePageAndKeepsItsExitStatus() throws {
        let page = try Scratch.file("report.html")
        let run = try CheckCommandTests.run(["check", CheckCommandTests.samples.appendingPathComponent("tabel-6.1.xlsx").path,
                                             "--format", "html", "-o", page.path, "--lang", "id"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"id\">"))
        #expect(html.contains("<td class=\"num\" id=\"count-findings\">18</td>"))
    }

    @Test func importWritesTheReportBesideTheJSON() throws {
        let folder = try Scratch.directory()
        let run = try CheckCommandTests.run(["import", CheckCommandTests.samples.appendingPathComponent("tabel-5.1.csv").path,
                                             "-o", folder.appendingPathComponent("t.json").path,
                                             "--report", folder.appendingPathComponent("t.html").path, "--lang", "en"])
        #expect(run.status == 0)
        let html = try String(contentsOf: folder.appendingPathComponent("t.html"), encoding: .utf8)
        #expect(html.contains("<td class=\"num\" id=\"count-findings\">19</td>"))
        #expect(html.contains("FAIL (failing at error and above)"))
    }

    @Test func aFolderIsNotOnePage() throws {
        let run = try CheckCommandTests.run(["check", CheckCommandTests.samples.path, "--format", "html"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("--format html takes one file"))
    }
}
