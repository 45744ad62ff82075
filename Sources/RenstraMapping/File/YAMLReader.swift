import Yams

/// Walks a YAML node tree and turns every surprise into a `MappingError` that points at the
/// node's line and column.
struct YAMLReader {
    let file: String

    func error(_ node: Node?, _ problem: MappingError.Problem) -> MappingError {
        MappingError(file: file, line: node?.mark?.line, column: node?.mark?.column, problem: problem)
    }

    /// The keys and values of a mapping node, checking that only `allowed` keys appear.
    func mapping(_ node: Node, allowed: [String]) throws -> [String: Node] {
        guard case .mapping(let mapping) = node else { throw error(node, .expected("a mapping of keys", found: describe(node))) }
        var result: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.string else { throw error(key, .expected("a key name", found: describe(key))) }
            guard allowed.contains(name) else { throw error(key, .unknownKey(name, allowed: allowed)) }
            result[name] = value
        }
        return result
    }

    func required(_ values: [String: Node], _ key: String, in parent: Node) throws -> Node {
        guard let node = values[key] else { throw error(parent, .missingKey(key)) }
        return node
    }

    func string(_ node: Node) throws -> String {
        guard case .scalar(let scalar) = node else { throw error(node, .expected("text", found: describe(node))) }
        return scalar.string
    }

    func int(_ node: Node, in range: ClosedRange<Int>) throws -> Int {
        guard case .scalar = node, let value = node.int, range.contains(value) else {
            throw error(node, .expected("a whole number from \(range.lowerBound) to \(range.upperBound)", found: describe(node)))
        }
        return value
    }

    func bool(_ node: Node) throws -> Bool {
        guard case .scalar = node, let value = node.bool else { throw error(node, .expected("true or false", found: describe(node))) }
        return value
    }

    /// A list of nodes; a single scalar counts as a list of one.
    func list(_ node: Node) throws -> [Node] {
        switch node {
        case .sequence(let sequence): return Array(sequence)
        case .scalar: return [node]
        default: throw error(node, .expected("a list", found: describe(node)))
        }
    }

    /// One label with its spellings: `Satuan` or `[Satuan, SAT]`.
    func labelSet(_ node: Node) throws -> LabelSet {
        let spellings = try list(node).map(string)
        guard !spellings.isEmpty, spellings.allSatisfy({ !$0.isEmpty }) else {
            throw error(node, .expected("a label or a list of its spellings", found: describe(node)))
        }
        return LabelSet(spellings: spellings)
    }

    func oneOf<T>(_ node: Node, _ choices: [String: T]) throws -> T {
        let text = try string(node)
        guard let value = choices[text] else {
            throw error(node, .expected("one of \(choices.keys.sorted().joined(separator: ", "))", found: "\"\(text)\""))
        }
        return value
    }

    func field(_ node: Node) throws -> Field {
        let text = try string(node)
        guard let field = Field(text) else { throw error(node, .unknownField(text)) }
        return field
    }

    func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): return "\"\(scalar.string)\""
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }
}
