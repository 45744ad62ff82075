extension Array {
    /// The same elements in an array that takes exactly the room they need.
    func fitted() -> [Element] {
        Array(unsafeUninitializedCapacity: count) { buffer, count in
            count = withUnsafeBufferPointer { buffer.initialize(fromContentsOf: $0) }
        }
    }
}
