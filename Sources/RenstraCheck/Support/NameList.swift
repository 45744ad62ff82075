/// Names one after another in one run of bytes, each found by where it starts: a list of names
/// with no allocation of its own for each.
struct NameList {
    private(set) var bytes: [UInt8] = []
    /// Where each name starts, then where the next one would.
    private var starts: [Int32] = [0]

    init() {}

    /// The texts, each as `TextFolding` folds it.
    init(folding texts: some Collection<String>) {
        bytes.reserveCapacity(texts.reduce(0) { $0 + $1.utf8.count })
        starts.reserveCapacity(texts.count + 1)
        for text in texts {
            TextFolding.fold(text, into: &bytes)
            endName()
        }
    }

    var count: Int { starts.count - 1 }

    /// Where name `position` stands in `bytes`.
    func range(_ position: Int) -> Range<Int> { Int(starts[position])..<Int(starts[position + 1]) }

    func length(_ position: Int) -> Int { Int(starts[position + 1] - starts[position]) }

    mutating func append(_ name: some Sequence<UInt8>) {
        bytes.append(contentsOf: name)
        endName()
    }

    /// Marks the end of the name last added to `bytes`.
    private mutating func endName() {
        precondition(bytes.count <= Int(Int32.max), "the names are too long to list")
        starts.append(Int32(bytes.count))
    }
}
