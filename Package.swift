// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "renstra",
    products: [
        .library(name: "Spreadsheet", targets: ["Spreadsheet"]),
        .executable(name: "renstra", targets: ["renstra"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // System C libraries, used only by the reader layer.
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
        // Reader layer: XLSX and CSV into one cell-grid model. Knows nothing of Renstra.
        .target(
            name: "Spreadsheet",
            dependencies: ["CLibzip", "CLibxml2"]
        ),
        // The Renstra tree: document, tujuan, sasaran, program, kegiatan, indikator, exact figures.
        .target(name: "RenstraModel"),
        // Mapping files and the normaliser: cell grids in, Renstra trees out.
        .target(
            name: "RenstraMapping",
            dependencies: ["Spreadsheet", "RenstraModel", .product(name: "Yams", package: "Yams")]
        ),
        // Thin command-line front end.
        .executableTarget(
            name: "renstra",
            dependencies: [
                "Spreadsheet",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "SpreadsheetTests",
            dependencies: ["Spreadsheet", "CLibzip"]
        ),
        .testTarget(
            name: "RenstraMappingTests",
            dependencies: ["RenstraMapping", "RenstraModel"]
        ),
        .testTarget(
            name: "CLITests",
            dependencies: ["renstra"]
        ),
    ]
)
