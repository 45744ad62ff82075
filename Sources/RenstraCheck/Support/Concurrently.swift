import Dispatch

/// Works out three independent things side by side, on as many cores as there are.
func concurrently<A, B, C>(_ first: @Sendable () -> A, _ second: @Sendable () -> B, _ third: @Sendable () -> C) -> (A, B, C) {
    let results = (Slots<A>(count: 1), Slots<B>(count: 1), Slots<C>(count: 1))
    DispatchQueue.concurrentPerform(iterations: 3) { part in
        switch part {
        case 0: results.0.set(0, first())
        case 1: results.1.set(0, second())
        default: results.2.set(0, third())
        }
    }
    return (results.0.all[0], results.1.all[0], results.2.all[0])
}
