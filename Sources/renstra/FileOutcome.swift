import Foundation
import RenstraCheck
import RenstraModel

/// What happened to one file of a folder: the mapping that read it, what it holds, what the
/// check found, and the verdict; or why it could not be read.
struct FileOutcome: Sendable, Encodable {
    /// `check` gives pass or fail, `import` gives imported; either may give unreadable.
    enum Verdict: String, Sendable, Comparable, CaseIterable, Encodable {
        case pass, imported, fail, unreadable

        /// The exit status this verdict asks for: 0, 1 or 2.
        var exitStatus: Int32 {
            switch self {
            case .pass, .imported: return 0
            case .fail: return 1
            case .unreadable: return 2
            }
        }

        static func < (lhs: Verdict, rhs: Verdict) -> Bool { lhs.exitStatus < rhs.exitStatus }
    }

    /// The file as found under the folder.
    let file: String
    let mapping: String?
    let programs: Int
    let kegiatan: Int
    let errors: Int
    let warnings: Int
    let infos: Int
    let verdict: Verdict
    /// Why the file could not be read.
    let reason: String?

    enum CodingKeys: String, CodingKey { case file, mapping, programs, kegiatan, errors, warnings, infos, verdict, reason }

    /// One JSON Lines record: every key present, `null` where there is nothing.
    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(mapping, forKey: .mapping)
        try container.encode(programs, forKey: .programs)
        try container.encode(kegiatan, forKey: .kegiatan)
        try container.encode(errors, forKey: .errors)
        try container.encode(warnings, forKey: .warnings)
        try container.encode(infos, forKey: .infos)
        try container.encode(verdict, forKey: .verdict)
        try container.encode(reason, forKey: .reason)
    }

    /// The outcome of a file that was read and checked.
    init(file: String, document: RenstraDocument, findings: [Finding], verdict: Verdict) {
        self.file = file
        mapping = document.mapping
        programs = document.nodes(at: .program).count
        kegiatan = document.nodes(at: .kegiatan).count
        errors = findings.count(.error)
        warnings = findings.count(.warning)
        infos = findings.count(.info)
        self.verdict = verdict
        reason = nil
    }

    /// The outcome of a file that could not be read.
    init(file: String, unreadable reason: String) {
        self.file = file
        mapping = nil
        programs = 0
        kegiatan = 0
        errors = 0
        warnings = 0
        infos = 0
        verdict = .unreadable
        self.reason = reason
    }
}
