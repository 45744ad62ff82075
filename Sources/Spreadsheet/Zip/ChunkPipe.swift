import Foundation

/// Inflated chunks handed from the inflating thread to the parsing one through a few reused
/// buffers: the inflater fills a free buffer while the parser reads the last one filled, so a
/// large part is inflated and parsed on two cores at once, in memory bounded by the buffers.
final class ChunkPipe: @unchecked Sendable {
    /// Thrown on the inflating thread once the reader has stopped.
    struct Stopped: Error {}

    let buffers: [UnsafeMutableRawBufferPointer]
    private let condition = NSCondition()
    private var free: [Int]
    /// Filled buffers in order, with how many bytes each holds.
    private var filled: [(buffer: Int, count: Int)] = []
    /// How the inflating ended: nil while it runs.
    private var ending: Result<Void, any Error>?
    private var stopped = false

    init(buffers count: Int, size: Int) {
        buffers = (0..<count).map { _ in .allocate(byteCount: size, alignment: 16) }
        free = Array(buffers.indices)
    }

    deinit { for buffer in buffers { buffer.deallocate() } }

    // MARK: the inflating side

    /// A buffer to fill, waiting while all are in use; throws once the reader has stopped.
    func bufferToFill() throws -> Int {
        condition.lock()
        defer { condition.unlock() }
        while free.isEmpty && !stopped { condition.wait() }
        if stopped { throw Stopped() }
        return free.removeFirst()
    }

    /// Hands `count` bytes of `buffer` to the reader.
    func hand(_ buffer: Int, count: Int) {
        condition.lock()
        filled.append((buffer, count))
        condition.broadcast()
        condition.unlock()
    }

    /// The inflating is over: the entry ended, or failed.
    func end(_ outcome: Result<Void, any Error>) {
        condition.lock()
        ending = outcome
        condition.broadcast()
        condition.unlock()
    }

    // MARK: the reading side

    /// The next filled buffer and its byte count; nil once every chunk was read and the entry
    /// ended. Throws the inflater's error when it failed.
    func next() throws -> (buffer: Int, count: Int)? {
        condition.lock()
        defer { condition.unlock() }
        while filled.isEmpty && ending == nil { condition.wait() }
        if !filled.isEmpty { return filled.removeFirst() }
        try ending!.get()
        return nil
    }

    /// Gives a buffer back once its bytes are read.
    func release(_ buffer: Int) {
        condition.lock()
        free.append(buffer)
        condition.broadcast()
        condition.unlock()
    }

    /// Stops the inflater, and waits until it has ended: the libzip handle is then free again.
    func stopAndWait() {
        condition.lock()
        stopped = true
        condition.broadcast()
        while ending == nil { condition.wait() }
        condition.unlock()
    }
}
