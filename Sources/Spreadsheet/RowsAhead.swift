import Foundation

extension WorkbookReader {
    /// `readRows`, with the reading on a thread of its own: the rows are parsed a few batches
    /// ahead while `body` handles the earlier ones on the calling thread, so that reading and
    /// what the caller does with the rows overlap on two cores. At most `batches` batches of
    /// `batchSize` rows wait at a time, so memory stays bounded. An error from either side
    /// stops both, and the first one is thrown.
    public func readRowsAhead(of sheet: SheetInfo, batchSize: Int = 256, batches: Int = 4,
                              _ body: (Row) throws -> Void) throws -> SheetLayout {
        let channel = Handoff<[Row], SheetLayout>(capacity: batches)
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
            let last = Result { if !batch.isEmpty { try channel.put(batch) } }
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
            throw error
        }
    }
}

/// The reader, handed to the reading thread. Only that thread uses it until the read is over,
/// and the caller waits for that before it returns.
private struct UnsafeReading: @unchecked Sendable {
    let reader: any WorkbookReader
}
