import ArgumentParser
import Foundation
import Spreadsheet

/// `renstra cells FILE`: prints what the reader sees, as JSON.
struct CellsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cells",
        abstract: "Print the cells of an .xlsx, .xlsm or .csv file as JSON.",
        discussion: """
            Each sheet is listed in order with its cells keyed by A1 name, e.g. \
            {"B3": {"t": "n", "v": 150000000}}. Types: s text, n number, b boolean, e error, d date. \
            A CSV file is one sheet named after the file, and every field is text as written. \
            Exit status: 0 when the file was read, 2 when it could not be (the reason goes to stderr).
            """
    )

    @Argument(help: "The workbook or CSV file.")
    var file: String

    @Option(name: .long, help: "Only this sheet: its name, or its position counting from 1.")
    var sheet: String?

    @Option(name: .long, help: "CSV field separator: ';', ',' or 'tab' (default: detected).")
    var separator: String?

    @Option(name: .long, help: "CSV encoding: utf-8, utf-16le, utf-16be or windows-1252 (default: detected).")
    var encoding: String?

    func run() throws {
        let options = try csvOptions()
        do {
            let reader = try SpreadsheetFile.open(file, csv: options)
            let only = try sheet.map { try reader.sheetInfo($0) }
            let output = FileHandle.standardOutput
            var writer = CellsJSONWriter { bytes in try output.write(contentsOf: bytes) }
            try writer.write(reader, only: only)
        } catch let error as ReadError {
            throw Failure.unreadable(error.description)
        }
    }

    private func csvOptions() throws -> CSVOptions {
        var options = CSVOptions()
        switch separator {
        case nil: break
        case "tab", "\\t", "\t": options.separator = UInt8(ascii: "\t")
        case let text? where text.utf8.count == 1: options.separator = text.utf8.first
        case let text?: throw ValidationError("--separator must be one character or 'tab', not '\(text)'")
        }
        if let encoding {
            guard let chosen = CSVEncoding(rawValue: encoding.lowercased()) else {
                throw ValidationError("--encoding must be one of \(CSVEncoding.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            options.encoding = chosen
        }
        return options
    }
}
