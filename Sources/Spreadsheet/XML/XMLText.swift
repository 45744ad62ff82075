/// The character data of one value (a `<v>`, or the `<t>` runs of a string), collected over
/// `characters` callbacks into storage that is kept from one value to the next: collecting a
/// cell's few bytes costs a copy, not an allocation.
struct XMLText: ~Copyable {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init() {
        capacity = 256
        storage = .allocate(capacity: capacity)
    }

    deinit { storage.deallocate() }

    var isEmpty: Bool { count == 0 }

    /// The bytes collected so far; valid until the text next changes.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: storage, count: count) }

    /// Forgets the bytes, keeping the storage.
    mutating func removeAll() { count = 0 }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        if count + bytes.count > capacity { grow(toAtLeast: count + bytes.count) }
        (storage + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Removes the blanks at both ends of the run that began at `start`: without
    /// `xml:space="preserve"` they are not part of a `<t>` run's text.
    mutating func trimRun(from start: Int) {
        var end = count
        while end > start, storage[end - 1].isXMLBlank { end -= 1 }
        var first = start
        while first < end, storage[first].isXMLBlank { first += 1 }
        if first > start { (storage + start).update(from: storage + first, count: end - first) }
        count = start + end - first
    }

    private mutating func grow(toAtLeast needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        larger.initialize(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity = newCapacity
    }

}
