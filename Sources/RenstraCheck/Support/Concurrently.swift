import Dispatch

/// Works out three independent things side by side, on as many cores as there are, or one
/// after another when not `inParallel`.
func concurrently<A, B, C>(inParallel: Bool, _ first: @Sendable () -> A, _ second: @Sendable () -> B,
                           _ third: @Sendable () -> C) -> (A, B, C) {
    let results = (Slots<A>(count: 1), Slots<B>(count: 1), Slots<C>(count: 1))
    performParts(3, inParallel: inParallel) { part in
        switch part {
        case 0: results.0.set(0, first())
        case 1: results.1.set(0, second())
        default: results.2.set(0, third())
        }
    }
    return (results.0.all[0], results.1.all[0], results.2.all[0])
}

/// Runs `body(0)` … `body(count - 1)`: with Dispatch's `concurrentPerform` when `inParallel`,
/// else in order on the calling thread.
func performParts(_ count: Int, inParallel: Bool, _ body: @Sendable (Int) -> Void) {
    if inParallel {
        DispatchQueue.concurrentPerform(iterations: count, execute: body)
    } else {
        for part in 0..<count { body(part) }
    }
}
