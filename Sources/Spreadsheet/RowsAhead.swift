import Foundation

extension WorkbookReader {
    /// `readRows`, with the reading on a thread of its own: the rows are parsed a few batches
    /// ahead while `body` handles the earlier ones on the calling thread, so that reading and
    /// what the caller does with the rows overlap on two cores. At most `batches` batches of
    /// `batchSize` rows wait at a time, so memory stays bounded. An error from either side
    /// stops both, and the first one is thrown.
    public func readRowsAhead(of sheet: SheetInfo, batchSize: Int = 256, batches: Int = 4,
                              _ body: (Row) throws -> Void) throws -> SheetLayout {
        let channel = RowChannel(capacity: batches)
        let reading = UnsafeReading(reader: self)
        let thread = Thread {
            var batch: [Row] = []
            batch.reserveCapacity(batchSize)
            let outcome = Result {
                try reading.reader.readRows(of: sheet) { row in
                    batch.append(row)
                    if batch.count == batchSize {
                        try channel.put(batch)
                        batch.removeAll(keepingCapacity: true)
                    }
                }
            }
            // The rows read before an error are handed over too, as reading in line would.
            let last = Result { try channel.put(batch) }
            channel.finish(outcome.flatMap { layout in last.map { layout } })
        }
        thread.stackSize = 8 << 20
        thread.start()
        do {
            while let batch = channel.take() {
                for row in batch { try body(row) }
            }
            return try channel.outcome()
        } catch {
            channel.cancel()
            _ = try? channel.outcome()
            throw error
        }
    }
}

/// The reader, handed to the reading thread. Only that thread uses it until the read is over,
/// and the caller waits for that before it returns.
private struct UnsafeReading: @unchecked Sendable {
    let reader: any WorkbookReader
}

/// Batches of rows from the reading thread to the caller, at most `capacity` waiting.
private final class RowChannel: @unchecked Sendable {
    /// Thrown on the reading thread when the caller has stopped.
    struct Cancelled: Error {}

    private let capacity: Int
    private let condition = NSCondition()
    private var waiting: [[Row]] = []
    private var result: Result<SheetLayout, any Error>?
    private var cancelled = false

    init(capacity: Int) { self.capacity = capacity }

    /// Hands a batch over, waiting while the caller is `capacity` batches behind.
    func put(_ batch: [Row]) throws {
        condition.lock()
        defer { condition.unlock() }
        while waiting.count >= capacity && !cancelled { condition.wait() }
        if cancelled { throw Cancelled() }
        if !batch.isEmpty { waiting.append(batch) }
        condition.broadcast()
    }

    /// The reading thread is done, with the layout or its error.
    func finish(_ outcome: Result<SheetLayout, any Error>) {
        condition.lock()
        result = outcome
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch, or nil once every batch was taken and the reading is done.
    func take() -> [Row]? {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty && result == nil { condition.wait() }
        guard waiting.isEmpty else {
            condition.broadcast()
            return waiting.removeFirst()
        }
        return nil
    }

    /// Waits for the reading to end and returns its layout or throws its error.
    func outcome() throws -> SheetLayout {
        condition.lock()
        defer { condition.unlock() }
        while result == nil { condition.wait() }
        return try result!.get()
    }

    /// Stops the reading thread at its next batch.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
