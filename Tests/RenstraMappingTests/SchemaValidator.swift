import Foundation

/// Checks a JSON value against the subset of JSON Schema (2020-12) that our schema files use:
/// type, const, enum, properties, required, additionalProperties, propertyNames.pattern,
/// items, oneOf and local $ref. Returns the first violations, each with its JSON path.
struct SchemaValidator {
    let root: [String: Any]

    func violations(_ value: Any, _ schema: [String: Any]? = nil, path: String = "$") -> [String] {
        let schema = schema ?? root
        if let reference = schema["$ref"] as? String {
            let name = String(reference.dropFirst("#/$defs/".count))
            guard let target = (root["$defs"] as? [String: Any])?[name] as? [String: Any] else { return ["\(path): unknown \(reference)"] }
            return violations(value, target, path: path)
        }
        if let options = schema["oneOf"] as? [[String: Any]] {
            let matching = options.filter { violations(value, $0, path: path).isEmpty }.count
            return matching == 1 ? [] : ["\(path): fits \(matching) of the oneOf options"]
        }
        var problems: [String] = []
        if let expected = schema["const"], !Self.equal(value, expected) { problems.append("\(path): is not \(expected)") }
        if let choices = schema["enum"] as? [Any], !choices.contains(where: { Self.equal(value, $0) }) {
            problems.append("\(path): \(value) is not one of \(choices)")
        }
        if let type = schema["type"] {
            let types = (type as? [String]) ?? [type as? String ?? ""]
            if !types.contains(where: { Self.isOfType(value, $0) }) { problems.append("\(path): is not \(types)") }
        }
        if let object = value as? [String: Any] {
            let properties = schema["properties"] as? [String: [String: Any]] ?? [:]
            for key in schema["required"] as? [String] ?? [] where object[key] == nil { problems.append("\(path): lacks \(key)") }
            if let pattern = (schema["propertyNames"] as? [String: Any])?["pattern"] as? String {
                for key in object.keys where key.range(of: pattern, options: .regularExpression) == nil {
                    problems.append("\(path): key \(key) does not match \(pattern)")
                }
            }
            for (key, item) in object {
                if let property = properties[key] {
                    problems += violations(item, property, path: "\(path).\(key)")
                } else if let extra = schema["additionalProperties"] as? [String: Any] {
                    problems += violations(item, extra, path: "\(path).\(key)")
                } else if schema["additionalProperties"] as? Bool == false {
                    problems.append("\(path): unexpected key \(key)")
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, item) in array.enumerated() { problems += violations(item, items, path: "\(path)[\(index)]") }
        }
        return Array(problems.prefix(20))
    }

    private static func isOfType(_ value: Any, _ type: String) -> Bool {
        switch type {
        case "null": return value is NSNull
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "boolean": return isBoolean(value)
        case "integer": return !isBoolean(value) && (value as? NSNumber).map { $0.doubleValue.rounded() == $0.doubleValue } ?? (value is Int)
        case "number": return !isBoolean(value) && (value is NSNumber || value is Int || value is Double)
        default: return false
        }
    }

    /// JSONSerialization gives booleans as NSNumber of Objective-C type `c`.
    private static func isBoolean(_ value: Any) -> Bool {
        guard let number = value as? NSNumber else { return false }
        return String(cString: number.objCType) == "c"
    }

    private static func equal(_ a: Any, _ b: Any) -> Bool {
        if a is NSNull || b is NSNull { return a is NSNull && b is NSNull }
        if let x = a as? String, let y = b as? String { return x == y }
        if isBoolean(a) || isBoolean(b) { return isBoolean(a) && isBoolean(b) && (a as? Bool) == (b as? Bool) }
        if let x = a as? NSNumber, let y = b as? NSNumber { return x == y }
        return false
    }
}
