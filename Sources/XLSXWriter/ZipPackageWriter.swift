import CLibzip
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a zip package with libzip: entries in the order they are added, each deflated at
/// level 9 and stamped with a caller-given time. The time goes in as MS-DOS date and time
/// fields (`zip_file_set_dostime`), not as a `time_t`: libzip turns a `time_t` into DOS fields
/// through the local time zone, which would make the bytes depend on `TZ`. Owns the libzip
/// handle: it is closed by `close()` or discarded when the writer goes away unclosed.
final class ZipPackageWriter {
    private static let compressionLevel: UInt32 = 9

    private let path: String
    private var archive: OpaquePointer?

    /// Creates (or truncates) the file at `path`. Nothing is on disk until `close()`.
    init(path: String) throws(XLSXWriteError) {
        var code: Int32 = 0
        guard let archive = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &code) else {
            throw .zip(operation: "open \(path)", message: Self.message(forCode: code))
        }
        self.path = path
        self.archive = archive
    }

    deinit {
        if let archive { zip_discard(archive) }
    }

    /// Adds an entry holding the UTF-8 bytes of `contents`.
    func add(_ name: String, contents: String, modified: FixedTimestamp) throws(XLSXWriteError) {
        guard let archive else { preconditionFailure("entry added to a closed zip package") }
        let bytes = Array(contents.utf8)
        // libzip frees the buffer with free() once it is done (the last argument of
        // zip_source_buffer), so it must come from malloc.
        guard let buffer = malloc(max(bytes.count, 1)) else {
            throw .zip(operation: "allocate \(name)", message: "out of memory")
        }
        bytes.withUnsafeBytes { buffer.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
        guard let source = zip_source_buffer(archive, buffer, zip_uint64_t(bytes.count), 1) else {
            free(buffer)
            throw .zip(operation: "buffer \(name)", message: lastError())
        }
        let index = zip_file_add(archive, name, source, zip_flags_t(ZIP_FL_ENC_UTF_8))
        guard index >= 0 else {
            zip_source_free(source)
            throw .zip(operation: "add \(name)", message: lastError())
        }
        guard zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_DEFLATE, Self.compressionLevel) == 0 else {
            throw .zip(operation: "compress \(name)", message: lastError())
        }
        guard zip_file_set_dostime(archive, zip_uint64_t(index), modified.dosTime, modified.dosDate, 0) == 0 else {
            throw .zip(operation: "stamp \(name)", message: lastError())
        }
    }

    /// Writes the package to disk and releases the handle.
    func close() throws(XLSXWriteError) {
        guard let archive else { return }
        guard zip_close(archive) == 0 else {
            throw .zip(operation: "write \(path)", message: lastError())
        }
        self.archive = nil
    }

    private func lastError() -> String {
        archive.map { String(cString: zip_strerror($0)) } ?? "the package is closed"
    }

    private static func message(forCode code: Int32) -> String {
        var error = zip_error_t()
        zip_error_init_with_code(&error, code)
        defer { zip_error_fini(&error) }
        return String(cString: zip_error_strerror(&error))
    }
}
