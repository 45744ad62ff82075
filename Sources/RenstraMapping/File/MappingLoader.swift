import Foundation
import RenstraModel
import Spreadsheet
import Yams

/// Reads mapping files (YAML, format version 1) into `Mapping` values.
public enum MappingLoader {
    /// Loads the mapping file at `path`.
    public static func load(path: String) throws -> Mapping {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MappingError(file: path, problem: .unreadableFile("no such file or not readable"))
        }
        return try load(yaml: String(decoding: data, as: UTF8.self), source: path)
    }

    /// Reads mapping text; `source` names it in messages.
    public static func load(yaml: String, source: String) throws -> Mapping {
        let reader = YAMLReader(file: source)
        let root: Node
        do {
            // Nodes only: `YAMLReader` reads each scalar from its text (`Node.int` and `Node.bool`
            // do not ask the resolver about an untagged scalar), so the parse needs neither the
            // default resolver, whose regular expressions cost milliseconds at every start, nor
            // the default constructor's tables.
            guard let node = try Yams.compose(yaml: yaml, .basic, Constructor([:], [:], [:]), .utf8) else {
                throw MappingError(file: source, problem: .invalidYAML("the file is empty"))
            }
            root = node
        } catch let error as YamlError {
            throw MappingError(file: source, problem: .invalidYAML("\(error)"))
        }
        let top = try reader.mapping(root, allowed: ["version", "name", "title", "description", "sheet", "header", "columns",
                                                     "years", "akhir", "levels", "total", "skip", "numbers", "money"])
        let versionNode = try reader.required(top, "version", in: root)
        let version = try reader.int(versionNode, in: 1...Int.max - 1)
        guard version <= Mapping.highestSupportedVersion else {
            throw reader.error(versionNode, .newerVersion(found: version, supported: Mapping.highestSupportedVersion))
        }
        return Mapping(
            version: version,
            name: try reader.string(reader.required(top, "name", in: root)),
            title: try reader.string(reader.required(top, "title", in: root)),
            description: try top["description"].map(reader.string),
            sheet: try top["sheet"].map { try sheet($0, reader) } ?? .byHeader,
            header: try header(reader.required(top, "header", in: root), reader),
            columns: try reader.list(reader.required(top, "columns", in: root)).map { try column($0, reader) },
            years: try top["years"].map { try years($0, reader) },
            akhir: try top["akhir"].map { try akhir($0, reader) },
            levels: try reader.list(reader.required(top, "levels", in: root)).map { try level($0, reader) },
            total: try top["total"].map { try condition($0, reader) },
            skip: try top["skip"].map { try skip($0, reader) } ?? SkipRules(),
            locale: try top["numbers"].map { try locale($0, reader) } ?? .id,
            money: try top["money"].map { try money($0, reader) } ?? MoneyRule(unit: .stated),
            source: source
        )
    }

    private static func sheet(_ node: Node, _ reader: YAMLReader) throws -> SheetSelector {
        let values = try reader.mapping(node, allowed: ["name", "index", "by_header"])
        if let name = values["name"] { return .name(try reader.string(name)) }
        if let index = values["index"] { return .index(try reader.int(index, in: 1...10_000)) }
        return .byHeader
    }

    private static func header(_ node: Node, _ reader: YAMLReader) throws -> HeaderBlock {
        let values = try reader.mapping(node, allowed: ["anchor", "rows", "column_numbers", "search_rows"])
        return HeaderBlock(
            anchor: try reader.list(reader.required(values, "anchor", in: node)).map(reader.labelSet),
            rows: try values["rows"].map { try reader.int($0, in: 1...20) } ?? 1,
            columnNumbers: try values["column_numbers"].map(reader.bool) ?? false,
            searchRows: try values["search_rows"].map { try reader.int($0, in: 1...10_000) } ?? 60
        )
    }

    private static func column(_ node: Node, _ reader: YAMLReader) throws -> ColumnRule {
        let values = try reader.mapping(node, allowed: ["field", "header", "all_columns", "occurrence", "letter", "required"])
        let letter = try values["letter"].map(reader.string)
        guard values["header"] != nil || letter != nil else { throw reader.error(node, .missingKey("header")) }
        // One to three letters, and no further right than a sheet's last column, XFD.
        if let letter, !(1...3).contains(letter.count) || !letter.allSatisfy({ $0.isLetter && $0.isASCII })
            || CellAddress(a1: letter.uppercased() + "1") == nil {
            throw reader.error(values["letter"], .expected("a column letter from A to XFD, such as F or AB", found: "\"\(letter)\""))
        }
        let fieldNode = try reader.required(values, "field", in: node)
        let field = try reader.field(fieldNode)
        guard field.kind != .pagu, field.kind != .target else {
            throw reader.error(fieldNode, .expected("a column field (pagu and target columns are found through `years:`)",
                                                    found: "\"\(field)\""))
        }
        return ColumnRule(
            field: field,
            header: try values["header"].map { try reader.list($0).map(reader.labelSet) } ?? [],
            allColumns: try values["all_columns"].map(reader.bool) ?? false,
            occurrence: try values["occurrence"].map { try reader.int($0, in: 1...100) },
            letter: letter?.uppercased(),
            required: try values["required"].map(reader.bool) ?? true
        )
    }

    private static func years(_ node: Node, _ reader: YAMLReader) throws -> YearColumns {
        let values = try reader.mapping(node, allowed: ["year", "target", "pagu"])
        let yearNode = try reader.required(values, "year", in: node)
        let patterns = try reader.list(yearNode).map(reader.string)
        guard patterns.allSatisfy({ $0.contains("{year}") }) else {
            throw reader.error(yearNode, .expected("labels containing {year}, such as \"Tahun {year}\"", found: reader.describe(yearNode)))
        }
        return YearColumns(year: patterns,
                           target: try reader.labelSet(reader.required(values, "target", in: node)),
                           pagu: try reader.labelSet(reader.required(values, "pagu", in: node)))
    }

    private static func akhir(_ node: Node, _ reader: YAMLReader) throws -> AkhirColumns {
        let values = try reader.mapping(node, allowed: ["group", "target", "pagu"])
        return AkhirColumns(group: try reader.labelSet(reader.required(values, "group", in: node)),
                            target: try reader.labelSet(reader.required(values, "target", in: node)),
                            pagu: try reader.labelSet(reader.required(values, "pagu", in: node)))
    }

    private static let levelNames = Dictionary(uniqueKeysWithValues: Level.allCases.map { ($0.rawValue, $0) })

    private static func level(_ node: Node, _ reader: YAMLReader) throws -> LevelRule {
        let values = try reader.mapping(node, allowed: ["level", "carried", "when", "number_in_code", "number_in_name"])
        return LevelRule(
            level: try reader.oneOf(reader.required(values, "level", in: node), levelNames),
            carried: try values["carried"].map(reader.bool) ?? false,
            when: try condition(reader.required(values, "when", in: node), reader),
            numberInCode: try values["number_in_code"].map(reader.bool) ?? false,
            numberInName: try values["number_in_name"].map(reader.bool) ?? false
        )
    }

    private static func condition(_ node: Node, _ reader: YAMLReader) throws -> RowCondition {
        let values = try reader.mapping(node, allowed: ["filled", "empty", "code_parts", "label"])
        var condition = RowCondition()
        condition.filled = try values["filled"].map { try reader.list($0).map(reader.field) } ?? []
        condition.empty = try values["empty"].map { try reader.list($0).map(reader.field) } ?? []
        condition.codeParts = try values["code_parts"].map { try reader.list($0).map { try reader.int($0, in: 1...6) } } ?? []
        condition.label = try values["label"].map(reader.labelSet)
        return condition
    }

    private static func skip(_ node: Node, _ reader: YAMLReader) throws -> SkipRules {
        let values = try reader.mapping(node, allowed: ["repeated_headers", "column_numbers", "page_numbers", "repeated_rows"])
        var rules = SkipRules()
        rules.repeatedHeaders = try values["repeated_headers"].map(reader.bool) ?? true
        rules.columnNumbers = try values["column_numbers"].map(reader.bool) ?? true
        rules.pageNumbers = try values["page_numbers"].map(reader.bool) ?? true
        rules.repeatedRows = try values["repeated_rows"].map(reader.bool) ?? true
        return rules
    }

    private static func locale(_ node: Node, _ reader: YAMLReader) throws -> NumberLocale {
        let values = try reader.mapping(node, allowed: ["locale"])
        return try values["locale"].map { try reader.oneOf($0, ["id": NumberLocale.id, "en": .en]) } ?? .id
    }

    private static func money(_ node: Node, _ reader: YAMLReader) throws -> MoneyRule {
        let values = try reader.mapping(node, allowed: ["unit"])
        let units: [String: MoneyRule.Unit] = ["stated": .stated, "detect": .detect, "rupiah": .fixed(.rupiah), "ribu": .fixed(.ribu),
                                               "juta": .fixed(.juta)]
        return MoneyRule(unit: try values["unit"].map { try reader.oneOf($0, units) } ?? .stated)
    }
}
