import Foundation

extension WorkbookReader {
    /// `readRows`, with the reading on a thread of its own: the rows are parsed a few batches
    /// ahead while `body` handles the earlier ones on the calling thread, so that reading and
    /// what the caller does with the rows overlap on two cores. At most `batches` batches of
    /// `batchSize` rows wait at a time, so memory stays bounded. An error from either side
    /// stops both, and the first one is thrown.
    public func readRowsAhead(of sheet: SheetInfo, batchSize: Int = 256, batches: Int = 4,
                              _ body: (Row) throws -> Void) throws -> SheetLayout {
        try readRowsAhead(of: sheet, batchSize: batchSize, batches: batches, preparing: { $0 }, body)
    }

    /// `readRowsAhead`, each row turned by `prepare` before `body` takes it, in order. Whichever
    /// thread has time to spare prepares a batch: the reading thread while it is ahead (a batch
    /// waits for the caller), the calling thread when it would otherwise wait.
    public func readRowsAhead<Prepared>(
        of sheet: SheetInfo, batchSize: Int = 256, batches: Int = 4,
        preparing prepare: @escaping @Sendable (Row) -> Prepared, _ body: (Prepared) throws -> Void
    ) throws -> SheetLayout {
        let channel = Handoff<RowBatch<Prepared>, SheetLayout>(capacity: batches)
        let reading = UnsafeReading(reader: self)
        let thread = Thread {
            var batch: [Row] = []
            batch.reserveCapacity(batchSize)
            func handOver() throws {
                try channel.put(channel.backlog > 0 ? .prepared(batch.map(prepare)) : .rows(batch))
                batch.removeAll(keepingCapacity: true)
            }
            let outcome = Result {
                try reading.reader.readRows(of: sheet) { row in
                    batch.append(row)
                    if batch.count == batchSize { try handOver() }
                }
            }
            // The rows read before an error are handed over too, as reading in line would.
            let last = Result { if !batch.isEmpty { try handOver() } }
            channel.finish(outcome.flatMap { layout in last.map { layout } })
        }
        thread.stackSize = 8 << 20
        thread.start()
        do {
            while let batch = channel.take() {
                switch batch {
                case .rows(let rows): for row in rows { try body(prepare(row)) }
                case .prepared(let prepared): for item in prepared { try body(item) }
                }
            }
            return try channel.outcome()
        } catch {
            channel.cancel()
            throw error
        }
    }
}

/// A batch of rows handed to the calling thread, as read or already prepared.
private enum RowBatch<Prepared> {
    case rows([Row])
    case prepared([Prepared])
}

/// The reader, handed to the reading thread. Only that thread uses it until the read is over,
/// and the caller waits for that before it returns.
private struct UnsafeReading: @unchecked Sendable {
    let reader: any WorkbookReader
}
