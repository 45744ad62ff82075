import Foundation
import CLibzip

/// A zip package opened read-only with libzip, with the entry-level defences a hostile file
/// needs: consistency checks, no duplicate or overlapping entries, stored/deflate only, no
/// encryption, and a cap on the number of entries. Owns the libzip handle.
final class ZipArchive {
    /// One file entry of the package, as its central directory declares it.
    struct Entry {
        let index: UInt64
        let name: String
        let declaredSize: UInt64
        let compressedSize: UInt64
    }

    let file: String
    let limits: ReadLimits
    private let handle: OpaquePointer
    /// Entries keyed by their normalised name (lower case, forward slashes, no leading slash).
    private(set) var entries: [String: Entry] = [:]
    /// True when local and central headers differ in ways libzip's strict mode rejects.
    let hasInconsistentHeaders: Bool
    /// Bytes inflated so far from all entries.
    var totalInflated: Int64 = 0

    init(path: String, displayName: String, limits: ReadLimits) throws {
        self.file = displayName
        self.limits = limits
        var code: Int32 = 0
        var opened = zip_open(path, ZIP_RDONLY | ZIP_CHECKCONS, &code)
        var relaxed = false
        if opened == nil, code == ZIP_ER_INCONS {
            // libzip's strict check also rejects harmless differences between local and central
            // headers (times, flags) that real writers produce. ZipLayout below still checks
            // what matters: every local header present, same name, inside the file, no overlap.
            opened = zip_open(path, ZIP_RDONLY, &code)
            relaxed = true
        }
        guard let handle = opened else {
            throw ReadError(file: displayName, reason: Self.openFailure(code))
        }
        self.handle = handle
        self.hasInconsistentHeaders = relaxed
        try indexEntries()
        try ZipLayout.checkNoOverlap(path: path, file: displayName)
    }

    deinit { zip_discard(handle) }

    /// The entry for an OPC part name, matched case-insensitively.
    func entry(named name: String) -> Entry? { entries[Self.normalise(name)] }

    /// Opens an entry for streaming.
    func open(_ entry: Entry) throws -> ZipEntryStream {
        guard let fileHandle = zip_fopen_index(handle, entry.index, 0) else {
            throw ReadError(file: file, part: entry.name, reason: .corruptEntry(lastError()))
        }
        return ZipEntryStream(archive: self, entry: entry, handle: fileHandle)
    }

    /// Lower case, forward slashes, no leading slash: how entry names are compared.
    static func normalise(_ name: String) -> String {
        var text = name.replacingOccurrences(of: "\\", with: "/")
        while text.hasPrefix("/") { text.removeFirst() }
        return text.lowercased()
    }

    private func lastError() -> String {
        String(cString: zip_strerror(handle))
    }

    private func indexEntries() throws {
        let count = zip_get_num_entries(handle, 0)
        guard count >= 0 else { throw ReadError(file: file, reason: .damagedZip(lastError())) }
        guard count > 0 else { throw ReadError(file: file, reason: .notAWorkbook(what: "an empty zip archive")) }
        guard count <= limits.maxEntries else {
            throw ReadError(file: file, reason: .tooManyEntries(count: Int(count), limit: limits.maxEntries))
        }
        for index in 0..<UInt64(count) {
            var stat = zip_stat_t()
            zip_stat_init(&stat)
            guard zip_stat_index(handle, index, 0, &stat) == 0, let rawName = stat.name else {
                throw ReadError(file: file, reason: .damagedZip(lastError()))
            }
            let name = String(cString: rawName)
            if name.hasSuffix("/") { continue }
            if stat.encryption_method != UInt16(ZIP_EM_NONE) {
                throw ReadError(file: file, part: name, reason: .encryptedEntry)
            }
            let method = Int32(stat.comp_method)
            guard method == ZIP_CM_STORE || method == ZIP_CM_DEFLATE else {
                throw ReadError(file: file, part: name, reason: .unsupportedCompression(method: method))
            }
            let key = Self.normalise(name)
            if let existing = entries[key] {
                throw ReadError(file: file, part: name, reason: .duplicateEntry(existing.name))
            }
            entries[key] = Entry(index: index, name: name, declaredSize: stat.size, compressedSize: stat.comp_size)
        }
    }

    private static func openFailure(_ code: Int32) -> ReadError.Reason {
        var error = zip_error_t()
        zip_error_init_with_code(&error, code)
        defer { zip_error_fini(&error) }
        let message = String(cString: zip_error_strerror(&error))
        switch code {
        case ZIP_ER_NOENT: return .fileNotFound
        case ZIP_ER_OPEN, ZIP_ER_READ: return .unreadableFile(message)
        case ZIP_ER_NOZIP: return .notAWorkbook(what: "not a zip container")
        default: return .damagedZip(message)
        }
    }
}

/// Reads one entry in chunks, counting what it inflates: a per-part cap, a total cap and a
/// compression-ratio cap are enforced while reading, and the declared size is checked at the
/// end (libzip checks the CRC there). A large entry is inflated on a thread of its own, a few
/// chunks ahead of its reader (`forEachChunkInflatedAhead`). Owns the libzip file handle.
final class ZipEntryStream {
    static let chunkSize = 64 << 10
    /// Entries at least this large (declared) are inflated ahead: below it, starting a thread
    /// costs more than the overlap gains.
    static let inflateAheadFrom: UInt64 = 4 << 20

    let entry: ZipArchive.Entry
    private unowned let archive: ZipArchive
    private let handle: OpaquePointer
    private var inflated: Int64 = 0

    fileprivate init(archive: ZipArchive, entry: ZipArchive.Entry, handle: OpaquePointer) {
        self.archive = archive
        self.entry = entry
        self.handle = handle
    }

    deinit { zip_fclose(handle) }

    /// Calls `body` with each inflated chunk until the entry ends, or until `body` returns
    /// false: a reader that has what it needs, or has failed, stops inflating there.
    func forEachChunk(_ body: (UnsafeBufferPointer<UInt8>) throws -> Bool) throws {
        if entry.declaredSize >= Self.inflateAheadFrom { return try forEachChunkInflatedAhead(body) }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = try inflate(into: buffer)
            if count == 0 { break }
            guard try body(UnsafeBufferPointer(start: buffer.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count))
            else { return }
        }
        try checkSize()
    }

    /// Inflates the next bytes of the entry into `buffer`, counting them; 0 at the end.
    func inflate(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let read = zip_fread(handle, buffer.baseAddress, zip_uint64_t(buffer.count))
        guard read >= 0 else { throw failure(.corruptEntry(String(cString: zip_file_strerror(handle)))) }
        try account(Int64(read))
        return Int(read)
    }

    /// Refuses an entry that ended short of its declared size.
    func checkSize() throws {
        if inflated != Int64(clamping: entry.declaredSize) {
            throw failure(.sizeMismatch(declared: entry.declaredSize, actual: inflated))
        }
    }

    private func account(_ count: Int64) throws {
        let limits = archive.limits
        inflated += count
        archive.totalInflated += count
        if UInt64(inflated) > entry.declaredSize {
            throw failure(.sizeMismatch(declared: entry.declaredSize, actual: inflated))
        }
        if inflated > limits.maxPartBytes { throw failure(.partTooLarge(limit: limits.maxPartBytes)) }
        if archive.totalInflated > limits.maxTotalBytes { throw failure(.workbookTooLarge(limit: limits.maxTotalBytes)) }
        let compressed = Int64(clamping: entry.compressedSize)
        if inflated > limits.ratioGraceBytes,
           inflated / max(compressed, 1) > limits.maxCompressionRatio {
            throw failure(.compressionBomb(inflated: inflated, compressed: compressed, ratio: limits.maxCompressionRatio))
        }
    }

    private func failure(_ reason: ReadError.Reason) -> ReadError {
        ReadError(file: archive.file, part: entry.name, reason: reason)
    }
}
