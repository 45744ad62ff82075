import Foundation

/// Items handed from a producing thread to the calling one, at most `capacity` waiting, then
/// the producer's outcome: what lets reading run a little ahead of its reader in bounded
/// memory. The producer's error reaches the caller after the items handed before it; a caller
/// that stops cancels, and the producer's next `put` throws `Cancelled`.
final class Handoff<Item, Outcome>: @unchecked Sendable {
    /// Thrown on the producing thread once the caller has stopped.
    struct Cancelled: Error {}

    private let capacity: Int
    private let condition = NSCondition()
    private var waiting: [Item] = []
    private var result: Result<Outcome, any Error>?
    private var cancelled = false

    init(capacity: Int) { self.capacity = capacity }

    // MARK: the producing thread

    /// Hands an item over, waiting while `capacity` items wait.
    func put(_ item: Item) throws {
        condition.lock()
        defer { condition.unlock() }
        while waiting.count >= capacity && !cancelled { condition.wait() }
        if cancelled { throw Cancelled() }
        waiting.append(item)
        condition.broadcast()
    }

    /// How many items wait for the caller.
    var backlog: Int {
        condition.lock()
        defer { condition.unlock() }
        return waiting.count
    }

    /// The producer is done, with its outcome or its error.
    func finish(_ outcome: Result<Outcome, any Error>) {
        condition.lock()
        result = outcome
        condition.broadcast()
        condition.unlock()
    }

    // MARK: the calling thread

    /// The next item, or nil once every item was taken and the producer is done.
    func take() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty && result == nil { condition.wait() }
        guard waiting.isEmpty else {
            condition.broadcast()
            return waiting.removeFirst()
        }
        return nil
    }

    /// Waits for the producer to end and returns its outcome or throws its error.
    func outcome() throws -> Outcome {
        condition.lock()
        defer { condition.unlock() }
        while result == nil { condition.wait() }
        return try result!.get()
    }

    /// Stops the producer at its next `put`, and waits until it has ended.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while result == nil { condition.wait() }
        condition.unlock()
    }
}
