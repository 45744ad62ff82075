// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "renstra",
    products: [
        .library(name: "Spreadsheet", targets: ["Spreadsheet"]),
        .executable(name: "renstra", targets: ["renstra"]),
        .executable(name: "renstra-samples", targets: ["renstra-samples"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // System C libraries: libzip for the reader and the sample writer, libxml2 for the reader,
        // zlib (which libzip itself uses) to keep a large workbook's shared strings deflated in memory.
        .systemLibrary(
            name: "CLibzip",
            pkgConfig: "libzip",
            providers: [.apt(["libzip-dev"])]
        ),
        .systemLibrary(
            name: "CLibxml2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // glibc's malloc extensions, to give freed pages back once a large tree is kept in a store.
        .systemLibrary(name: "CMalloc"),
        // The compiler's prefetch hint, to fetch nodes into cache ahead of a walk over them.
        .systemLibrary(name: "CPrefetch"),
        // Bytes written in place: 64 KiB chunks streamed to a sink, numbers, column letters and
        // JSON strings spelled without a String. Depends on nothing; the reader, the model and
        // the emitters share it.
        .target(name: "ByteOutput"),
        // Reader layer: XLSX and CSV into one cell-grid model. Knows nothing of Renstra.
        .target(
            name: "Spreadsheet",
            dependencies: ["CLibzip", "CLibxml2", "CZlib", "ByteOutput"]
        ),
        // The Renstra tree: document, tujuan, sasaran, program, kegiatan, indikator, exact figures.
        .target(name: "RenstraModel", dependencies: ["ByteOutput"]),
        // Mapping files and the normaliser: cell grids in, Renstra trees out.
        .target(
            name: "RenstraMapping",
            dependencies: ["Spreadsheet", "RenstraModel", "ByteOutput", "CMalloc", .product(name: "Yams", package: "Yams")]
        ),
        // The reconciler: checks over the normalised tree, findings in Bahasa Indonesia and English.
        .target(name: "RenstraCheck", dependencies: ["RenstraModel", "ByteOutput", "CPrefetch"]),
        // Emitters: the cleaned JSON (with its findings), the flat CSV export and the check report.
        .target(name: "RenstraOutput", dependencies: ["RenstraModel", "RenstraCheck", "ByteOutput"]),
        // The HTML report: one self-contained page of a document and its findings.
        .target(name: "RenstraReport", dependencies: ["RenstraModel", "RenstraCheck", "ByteOutput"]),
        // Thin command-line front end.
        .executableTarget(
            name: "renstra",
            dependencies: [
                "Spreadsheet", "RenstraModel", "RenstraMapping", "RenstraCheck", "RenstraOutput", "RenstraReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "SpreadsheetTests",
            dependencies: ["Spreadsheet", "CLibzip", "TestSupport"]
        ),
        .testTarget(
            name: "RenstraModelTests",
            dependencies: ["RenstraModel"]
        ),
        .testTarget(
            name: "RenstraMappingTests",
            dependencies: ["RenstraMapping", "RenstraModel", "RenstraCheck", "RenstraOutput", "Spreadsheet", "ByteOutput",
                           "TestSupport", .product(name: "Yams", package: "Yams")],
            // The reviewed goldens, read from the source tree by path, not bundled.
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "RenstraCheckTests",
            dependencies: ["RenstraCheck", "RenstraModel", "RenstraMapping", "RenstraOutput", "Spreadsheet",
                           .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(
            name: "RenstraReportTests",
            dependencies: ["RenstraReport", "RenstraCheck", "RenstraModel", "RenstraMapping", "RenstraOutput"]
        ),
        .testTarget(
            name: "CLITests",
            dependencies: ["renstra", "XLSXWriter", "TestSupport"]
        ),
        // Deterministic .xlsx writer, used only to build the sample workbooks.
        .target(
            name: "XLSXWriter",
            dependencies: ["CLibzip"]
        ),
        // Builds the sample workbooks and CSV exports of samples/ from the transcribed tables.
        .target(
            name: "SampleGenerator",
            dependencies: ["XLSXWriter"]
        ),
        // `swift run renstra-samples [OUTDIR]` regenerates samples/.
        .executableTarget(
            name: "renstra-samples",
            dependencies: ["SampleGenerator"]
        ),
        .testTarget(
            name: "SamplesTests",
            dependencies: ["SampleGenerator", "XLSXWriter", "Spreadsheet", "TestSupport"]
        ),
        // Shared by the test targets: a scratch directory per test, removed when the test ends.
        .target(
            name: "TestSupport",
            path: "Tests/TestSupport"
        ),
    ]
)
