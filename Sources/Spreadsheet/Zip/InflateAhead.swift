import Foundation

extension ZipEntryStream {
    /// Chunks inflated ahead that may wait for the reader.
    private static let chunksAhead = 3

    /// `forEachChunk`, with the inflating on a thread of its own, a few chunks ahead of `body`,
    /// so that a large part is inflated and parsed on two cores at once. Either side's error
    /// stops both; the inflating thread has ended when this returns.
    ///
    /// The chunks go round a ring of `chunksAhead + 2` buffers, each side counting them in
    /// turn, and only their byte counts go through the hand-off. When the inflater starts on
    /// chunk `k`, the hand-off holds at most the `chunksAhead` chunks before it and the reader
    /// the one before those, so the buffer of chunk `k` (last used by chunk
    /// `k - chunksAhead - 2`) has been read.
    func forEachChunkInflatedAhead(_ body: (UnsafeBufferPointer<UInt8>) throws -> Bool) throws {
        let ring = ChunkRing(count: Self.chunksAhead + 2, size: Self.chunkSize)
        let handoff = Handoff<Int, Void>(capacity: Self.chunksAhead)
        let inflating = UnsafeInflating(stream: self, ring: ring)
        Thread {
            handoff.finish(Result {
                var chunk = 0
                while true {
                    let count = try inflating.stream.inflate(into: inflating.ring[chunk])
                    if count == 0 { break }
                    try handoff.put(count)
                    chunk += 1
                }
                try inflating.stream.checkSize()
            })
        }.start()
        var chunk = 0
        do {
            while let count = handoff.take() {
                let bytes = ring[chunk]
                guard try body(UnsafeBufferPointer(start: bytes.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count))
                else { return handoff.cancel() }
                chunk += 1
            }
            try handoff.outcome()
        } catch {
            handoff.cancel()
            throw error
        }
    }
}

/// The ring of buffers the inflated chunks go round: chunk `k` in buffer `k % count`.
private final class ChunkRing: @unchecked Sendable {
    private let storage: UnsafeMutableRawBufferPointer
    private let count: Int
    private let size: Int

    init(count: Int, size: Int) {
        self.count = count
        self.size = size
        storage = .allocate(byteCount: count * size, alignment: 16)
    }

    deinit { storage.deallocate() }

    subscript(chunk: Int) -> UnsafeMutableRawBufferPointer {
        UnsafeMutableRawBufferPointer(rebasing: storage[(chunk % count) * size..<(chunk % count + 1) * size])
    }
}

/// The stream and its ring, handed to the inflating thread: only that thread inflates until
/// the hand-off has ended, and the reader waits for that before it returns.
private struct UnsafeInflating: @unchecked Sendable {
    let stream: ZipEntryStream
    let ring: ChunkRing
}
