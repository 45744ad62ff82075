/// A fixed 64 KiB chunk in front of a byte sink: writers fill it in place, and it hands its
/// bytes to the sink whenever the next piece would not fit, so output of any size passes
/// through the same memory. A failing sink stops the output; `finish()` reports its error.
public final class ChunkedOutput {
    /// Size of the chunk handed to the sink, and the most one `write(upTo:_:)` may ask for.
    public static let size = 1 << 16

    private let sink: (UnsafeRawBufferPointer) throws -> Void
    @usableFromInline let chunk: UnsafeMutablePointer<UInt8>
    /// `chunk[..<used]` is written and not yet handed on.
    @usableFromInline var used = 0
    /// The first error the sink threw; once set, the rest of the output is dropped.
    private var failure: Error?

    public init(sink: @escaping (UnsafeRawBufferPointer) throws -> Void) {
        self.sink = sink
        chunk = .allocate(capacity: Self.size)
    }

    deinit { chunk.deallocate() }

    /// Lets `body` write at most `bound` bytes (no more than `size`) in place.
    @inlinable @inline(__always)
    public func write(upTo bound: Int, _ body: (inout OutputCursor) -> Void) {
        precondition(bound <= Self.size, "a piece of output larger than a chunk")
        if used + bound > Self.size { flush() }
        var cursor = OutputCursor(chunk + used)
        body(&cursor)
        used = cursor.position - chunk
    }

    /// Hands what is left to the sink, and throws the sink's error if it failed.
    public func finish() throws {
        flush()
        try checkSink()
    }

    /// Throws the sink's error if it has failed, for a writer that would rather stop at once
    /// than at `finish()`.
    public func checkSink() throws {
        if let failure { throw failure }
    }

    @usableFromInline func flush() {
        let count = used
        used = 0
        guard failure == nil, count > 0 else { return }
        do {
            try sink(UnsafeRawBufferPointer(start: chunk, count: count))
        } catch {
            failure = error
        }
    }
}
