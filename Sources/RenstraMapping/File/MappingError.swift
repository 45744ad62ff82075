/// A mapping file that cannot be used, with the line and column of the problem and what was
/// expected there.
public struct MappingError: Error, Sendable, CustomStringConvertible {
    public enum Problem: Sendable, Equatable {
        case unreadableFile(String)
        case invalidYAML(String)
        case newerVersion(found: Int, supported: Int)
        case missingKey(String)
        case unknownKey(String, allowed: [String])
        case expected(String, found: String)
        case unknownField(String)
        case unknownMapping(String, available: [String])
    }

    public let file: String
    public let line: Int?
    public let column: Int?
    public let problem: Problem

    public init(file: String, line: Int? = nil, column: Int? = nil, problem: Problem) {
        self.file = file
        self.line = line
        self.column = column
        self.problem = problem
    }

    public var description: String {
        var place = file
        if let line { place += ", line \(line)" }
        if let column { place += ", column \(column)" }
        return "\(place): \(explanation)"
    }

    public var explanation: String {
        switch problem {
        case .unreadableFile(let why): return "the mapping cannot be read (\(why))"
        case .invalidYAML(let why): return "this is not valid YAML: \(why)"
        case .newerVersion(let found, let supported):
            return "this mapping is format version \(found), but this renstra reads versions up to \(supported); update renstra"
        case .missingKey(let key): return "\"\(key)\" is required here"
        case .unknownKey(let key, let allowed):
            return "\"\(key)\" is not a known key here; expected one of: \(allowed.joined(separator: ", "))"
        case .expected(let what, let found): return "expected \(what), found \(found)"
        case .unknownField(let text): return "\"\(text)\" is not a field; expected \(Field.spellings)"
        case .unknownMapping(let name, let available):
            return "there is no mapping \"\(name)\"; available: \(available.joined(separator: ", "))"
        }
    }
}
