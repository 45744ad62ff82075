import Foundation
import SampleGenerator

// swift run renstra-samples [OUTDIR]
// Regenerates the sample workbooks and CSV exports from samples/source into OUTDIR (default
// samples/). Run it from the package root.
let arguments = CommandLine.arguments.dropFirst()
guard arguments.count <= 1, arguments.first.map({ !$0.hasPrefix("-") }) ?? true else {
    print("usage: renstra-samples [OUTDIR]   (run from the package root; OUTDIR defaults to samples)")
    exit(2)
}
let outputDirectory = arguments.first ?? "samples"
do {
    try SampleSet.generate(sourceDirectory: "samples/source", outputDirectory: outputDirectory)
    for name in SampleSet.fileNames { print(outputDirectory + "/" + name) }
} catch {
    FileHandle.standardError.write(Data("renstra-samples: \(error)\n".utf8))
    exit(1)
}
