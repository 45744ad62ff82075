import Dispatch
import Foundation

/// Runs one job per workbook of a folder on every core, with a progress bar on a terminal, and
/// returns the outcomes in path order whatever order they finished in.
struct FolderBatch {
    let files: [FolderWalk.Entry]
    let quiet: Bool

    /// The outcome of `job` for each file; `job` must turn its own failures into an outcome.
    func run(_ job: @escaping @Sendable (FolderWalk.Entry) -> FileOutcome) -> [FileOutcome] {
        let progress = ProgressBar(total: files.count, quiet: quiet)
        let results = OutcomeSlots(count: files.count)
        let files = self.files
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            results.store(job(files[index]), at: index)
            progress.step(files[index].relative)
        }
        progress.finish()
        return results.all()
    }
}

/// One slot per file, filled from any thread.
private final class OutcomeSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [FileOutcome?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ outcome: FileOutcome, at index: Int) {
        lock.lock()
        slots[index] = outcome
        lock.unlock()
    }

    func all() -> [FileOutcome] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
