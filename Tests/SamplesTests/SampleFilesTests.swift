import Foundation
import SampleGenerator
import Testing
import TestSupport

/// The committed samples are exactly what the generator makes from the committed sources.
@Suite(.scratch) struct SampleFilesTests {
    @Test func regeneratingGivesTheCommittedBytes() throws {
        let output = try Scratch.directory()
        try SampleSet.generate(sourceDirectory: Repository.sources.path, outputDirectory: output.path)
        for name in SampleSet.fileNames {
            let committed = try Data(contentsOf: Repository.samples.appendingPathComponent(name))
            let generated = try Data(contentsOf: output.appendingPathComponent(name))
            let firstDifference = zip(committed, generated).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            #expect(committed == generated, """
                samples/\(name) differs from a fresh generation (\(committed.count) vs \(generated.count) bytes, \
                first difference at byte \(firstDifference.map(String.init) ?? "end")); run `swift run renstra-samples`
                """)
        }
    }

    @Test func generatingTwiceGivesTheSameBytes() throws {
        let first = try Scratch.directory(), second = try Scratch.directory()
        try SampleSet.generate(sourceDirectory: Repository.sources.path, outputDirectory: first.path)
        try SampleSet.generate(sourceDirectory: Repository.sources.path, outputDirectory: second.path)
        for name in SampleSet.fileNames {
            #expect(try Data(contentsOf: first.appendingPathComponent(name))
                    == Data(contentsOf: second.appendingPathComponent(name)), "\(name)")
        }
    }

    @Test func aMissingSourceIsReported() throws {
        let output = try Scratch.directory()
        #expect(throws: SampleError.unreadableSource(path: output.path + "/tabel-5.1.tsv")) {
            try SampleSet.generate(sourceDirectory: output.path, outputDirectory: output.path)
        }
    }
}
