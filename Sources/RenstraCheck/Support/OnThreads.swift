import Foundation

/// Runs `body(0)` … `body(count - 1)` at once: the first on the calling thread, each other on a
/// thread of its own, and returns when all are done. For work split into a few large parts from
/// inside a check, where Dispatch would run the parts one after another (it does not nest
/// `concurrentPerform`) and a blocked Dispatch worker could wait for itself.
func onThreads(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
    let finished = DispatchSemaphore(value: 0)
    for part in 1..<max(count, 1) {
        let thread = Thread {
            body(part)
            finished.signal()
        }
        thread.start()
    }
    if count > 0 { body(0) }
    for _ in 1..<max(count, 1) { finished.wait() }
}
