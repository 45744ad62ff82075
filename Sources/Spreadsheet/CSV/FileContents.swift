import Foundation

/// Reads a whole file straight into one byte array: no `Data` in between, so a large CSV is
/// held once, not twice.
enum FileContents {
    /// The bytes of the file at `path`, at most `limit` of them. `sizeHint` (the size the file
    /// had a moment ago) sizes the first read; a file that has grown since is still read to its
    /// end, unless that passes the limit.
    static func read(_ path: String, sizeHint: Int, limit: Int) throws(ReadError.Reason) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .unreadableFile(String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var contents: [UInt8] = []
        // One byte more than the hint, so that the end of the file is seen in the first pass.
        var capacity = min(max(sizeHint, 0), limit) + 1
        while true {
            guard let chunk = readChunk(descriptor, capacity: capacity) else { throw .unreadableFile("cannot read") }
            if contents.isEmpty { contents = chunk } else { contents += chunk }
            if contents.count > limit { throw .fileTooLarge(limit: Int64(limit)) }
            if chunk.count < capacity { return contents }
            // One byte past the limit at most, which is enough to tell the file is too large.
            capacity = min(max(capacity, 1 << 16), limit - contents.count + 1)
        }
    }

    /// Up to `capacity` bytes; fewer only at the end of the file. Nil on a read error.
    private static func readChunk(_ descriptor: Int32, capacity: Int) -> [UInt8]? {
        var failed = false
        let chunk = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            var filled = 0
            while filled < capacity {
                let read = Foundation.read(descriptor, buffer.baseAddress! + filled, capacity - filled)
                if read < 0, errno == EINTR { continue }
                if read < 0 { failed = true }
                if read <= 0 { break }
                filled += read
            }
            count = filled
        }
        return failed ? nil : chunk
    }
}
