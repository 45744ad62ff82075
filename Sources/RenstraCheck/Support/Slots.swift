/// Results of work shared out between threads (`concurrentPerform`, `onThreads`): one slot per
/// piece of work, each set once by the one thread that does it, all read once every thread is
/// done. Nothing else may touch a slot, which is what makes this safe without a lock.
final class Slots<Value>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func set(_ index: Int, _ value: Value) { slots[index] = value }

    /// Every slot's value, in order; each must have been set.
    var all: [Value] { slots.map { $0! } }
}
