import Foundation

/// OPC part-name arithmetic: where a relationship's target points inside the package.
enum PartName {
    /// The relationships part of `part`: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`.
    static func relationshipsPart(of part: String) -> String {
        let (directory, file) = split(part)
        return directory.isEmpty ? "_rels/\(file).rels" : "\(directory)/_rels/\(file).rels"
    }

    /// Resolves `target` against the part that holds the relationship (`source` is empty for
    /// the package's own `_rels/.rels`). Absolute targets start from the package root;
    /// backslashes count as slashes; `.` and `..` segments are applied; `%XX` is decoded.
    /// Nil when the target climbs out of the package.
    static func resolve(_ target: String, from source: String) -> String? {
        var text = target.replacingOccurrences(of: "\\", with: "/")
        text = text.removingPercentEncoding ?? text
        var segments: [Substring]
        if text.hasPrefix("/") {
            segments = []
        } else {
            segments = split(source).directory.split(separator: "/")
        }
        for segment in text.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..":
                guard !segments.isEmpty else { return nil }
                segments.removeLast()
            default: segments.append(segment)
            }
        }
        return segments.isEmpty ? nil : segments.joined(separator: "/")
    }

    private static func split(_ part: String) -> (directory: String, file: String) {
        let trimmed = part.hasPrefix("/") ? String(part.dropFirst()) : part
        guard let slash = trimmed.lastIndex(of: "/") else { return ("", trimmed) }
        return (String(trimmed[..<slash]), String(trimmed[trimmed.index(after: slash)...]))
    }
}
