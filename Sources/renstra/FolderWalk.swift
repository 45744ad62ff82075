import Foundation

/// The workbooks under a folder: every `.xlsx`, `.xlsm` and `.csv` file at any depth, hidden
/// files and folders skipped, in path order so that a run's output is stable.
enum FolderWalk {
    static let extensions: Set<String> = ["xlsx", "xlsm", "csv"]

    /// True when `path` names a directory.
    static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// A workbook found: its path as the user would type it, and its path below the folder.
    struct Entry: Sendable {
        let path: String
        let relative: String
    }

    /// The workbooks under `folder`.
    static func workbooks(in folder: String) throws -> [Entry] {
        let root = URL(fileURLWithPath: folder)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                          options: [.skipsHiddenFiles]) else {
            throw Failure.unreadable("\(folder): the folder cannot be read")
        }
        var found: [String] = []
        for case let url as URL in walker where extensions.contains(url.pathExtension.lowercased()) {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            found.append(relativePath(of: url, under: root))
        }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return found.sorted().map { Entry(path: prefix + $0, relative: $0) }
    }

    /// `url`'s path below `root`, e.g. `2024/dinas-koperasi.xlsx`.
    static func relativePath(of url: URL, under root: URL) -> String {
        let base = root.standardizedFileURL.resolvingSymlinksInPath().pathComponents
        let full = url.standardizedFileURL.resolvingSymlinksInPath().pathComponents
        guard full.starts(with: base) else { return url.lastPathComponent }
        return full.dropFirst(base.count).joined(separator: "/")
    }
}
