import Foundation

/// Where a command writes a result: a file it creates (or empties), or standard output. A file
/// that cannot be created or written is a `Failure.unwritable`, which names it and says why.
final class OutputFile {
    private let descriptor: Int32
    /// The file as the user named it; nil for standard output.
    private let path: String?

    /// `path`, created or emptied; standard output for nil.
    init(_ path: String?) throws {
        self.path = path
        guard let path else {
            descriptor = STDOUT_FILENO
            return
        }
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure.unwritable(path: path, reason: Self.reason()) }
    }

    deinit {
        if path != nil { close(descriptor) }
    }

    /// Writes all of `bytes`.
    func write(_ bytes: UnsafeRawBufferPointer) throws {
        var written = 0
        while written < bytes.count {
            let count = Foundation.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw Failure.unwritable(path: path ?? "standard output", reason: Self.reason()) }
            written += count
        }
    }

    func write(_ data: Data) throws {
        try data.withUnsafeBytes { try write($0) }
    }

    private static func reason() -> String { String(cString: strerror(errno)) }
}
