import RenstraModel

/// What a column holds. A field may belong to one level (`program.nama`) or to every level
/// that reads the row (`nama`). Fields under `note.` keep labelled text that is not part of the
/// tree's structure (misi, a sasaran written beside the rows).
public struct Field: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case kode, nomor, nama, indikator, satuan
        case kondisiAwal = "kondisi_awal"
        case lokasi
        case note
        /// In conditions only: any year's pagu or target column.
        case pagu, target
    }

    public let level: Level?
    public let kind: Kind
    /// The note's name, for `note.NAME`.
    public let noteName: String?

    public init(level: Level? = nil, kind: Kind, noteName: String? = nil) {
        self.level = level
        self.kind = kind
        self.noteName = noteName
    }

    /// Parses `nama`, `program.nama`, `note.misi`.
    public init?(_ text: String) {
        let parts = text.split(separator: ".", maxSplits: 1).map(String.init)
        if parts.count == 2, parts[0] == "note", !parts[1].isEmpty {
            self.init(kind: .note, noteName: parts[1])
        } else if parts.count == 2, let level = Level(rawValue: parts[0]), let kind = Kind(rawValue: parts[1]), kind != .note {
            self.init(level: level, kind: kind)
        } else if parts.count == 1, let kind = Kind(rawValue: parts[0]), kind != .note {
            self.init(kind: kind)
        } else {
            return nil
        }
    }

    public var description: String {
        if kind == .note { return "note.\(noteName ?? "")" }
        return level.map { "\($0.rawValue).\(kind.rawValue)" } ?? kind.rawValue
    }

    /// Every spelling `init?(_:)` accepts, for messages.
    static var spellings: String {
        "kode, nomor, nama, indikator, satuan, kondisi_awal, lokasi, LEVEL.FIELD (e.g. program.nama), note.NAME, "
            + "or, in conditions, pagu or target"
    }
}
