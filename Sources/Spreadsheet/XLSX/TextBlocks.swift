import CZlib

/// The bytes of many short texts, numbered in the order they were added, kept in blocks that
/// each end between two texts. The first `plainBytes` stay as they are, so a workbook of
/// everyday size is never deflated. Past them, each block of about `blockBytes` is deflated as
/// soon as it is full (zlib level 1; Renstra names shrink to about a sixth). A read inflates its
/// block into a cache of the few blocks read last: a sheet uses its strings roughly in the order
/// the writer stored them, so each block is inflated about once.
///
/// A sheet that jumps about the table would inflate the same blocks again and again. Once the
/// inflations reach four per deflated block, every block is inflated for good: the time spent
/// stays within a few passes over the text, and the memory is what plain storage takes.
struct TextBlocks {
    /// Texts starting in block `b` are `blocks[b].first ..< blocks[b + 1].first`.
    private struct Block {
        var first: Int
        var bytes: [UInt8]
        /// The block's size once inflated.
        var plainCount: Int
        var deflated: Bool
    }

    /// `ends[i]` is where text `i` ends in its block; it starts where text `i - 1` ends, or at 0
    /// when it is the block's first.
    private var ends: [UInt32] = []
    private var blocks: [Block] = []
    /// The block being filled: texts from `openFirst` on.
    private var open: [UInt8] = []
    private var openFirst = 0

    private let plainBytes: Int
    private let blockBytes: Int

    private var cache: [(block: Int, bytes: [UInt8])] = []
    private static let cachedBlocks = 4
    /// Blocks kept deflated now.
    private(set) var deflatedBlocks = 0
    /// Blocks inflated by reads so far.
    private(set) var inflations = 0
    /// The block the last read found, tried first by the next.
    private var lastBlock = 0

    /// Texts kept plain up to `plainBytes`, then in deflated blocks of about `blockBytes`;
    /// `reserving` bytes are reserved for the plain part at once (at most `plainBytes`).
    init(plainBytes: Int = 16 << 20, blockBytes: Int = 64 << 10, reserving: Int = 0) {
        self.plainBytes = plainBytes
        self.blockBytes = blockBytes
        open.reserveCapacity(min(reserving, plainBytes))
    }

    var count: Int { ends.count }

    /// The bytes the texts take as stored.
    var storedBytes: Int { blocks.reduce(open.count) { $0 + $1.bytes.count } }

    /// Adds the next text. A single text must stay under 4 GiB (the reader's limits keep it far below).
    mutating func append(_ text: some Collection<UInt8>) {
        open.append(contentsOf: text)
        ends.append(UInt32(open.count))
        let limit = blocks.isEmpty ? plainBytes : blockBytes
        if open.count >= limit { closeOpenBlock() }
    }

    /// Calls `body` with the bytes of text `index`, which must exist.
    mutating func withText<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let block = index >= openFirst ? nil : blockIndex(of: index)
        let first = block.map { blocks[$0].first } ?? openFirst
        let bytes = block.map { blocks[$0].deflated ? inflatedBytes(of: $0) : blocks[$0].bytes } ?? open
        let start = index == first ? 0 : Int(ends[index - 1])
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<Int(ends[index])])) }
    }

    private mutating func closeOpenBlock() {
        var block = Block(first: openFirst, bytes: open, plainCount: open.count, deflated: false)
        if !blocks.isEmpty, let deflated = Self.deflate(open) {
            block.bytes = deflated
            block.deflated = true
            deflatedBlocks += 1
        }
        blocks.append(block)
        openFirst = ends.count
        open = []
        open.reserveCapacity(blockBytes)
    }

    private mutating func blockIndex(of index: Int) -> Int {
        if lastBlock < blocks.count, blocks[lastBlock].first <= index,
           lastBlock + 1 == blocks.count || index < blocks[lastBlock + 1].first {
            return lastBlock
        }
        var low = 0, high = blocks.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if blocks[middle].first <= index { low = middle } else { high = middle - 1 }
        }
        lastBlock = low
        return low
    }

    /// Block `block`'s bytes inflated, from the cache or inflated into it.
    private mutating func inflatedBytes(of block: Int) -> [UInt8] {
        if let hit = cache.firstIndex(where: { $0.block == block }) {
            if hit != 0 { cache.insert(cache.remove(at: hit), at: 0) }
            return cache[0].bytes
        }
        inflations += 1
        if inflations > 4 * deflatedBlocks {
            inflateAll()
            return blocks[block].bytes
        }
        let bytes = Self.inflate(blocks[block].bytes, plainCount: blocks[block].plainCount)
        if cache.count == Self.cachedBlocks { cache.removeLast() }
        cache.insert((block, bytes), at: 0)
        return bytes
    }

    private mutating func inflateAll() {
        for index in blocks.indices where blocks[index].deflated {
            blocks[index].bytes = Self.inflate(blocks[index].bytes, plainCount: blocks[index].plainCount)
            blocks[index].deflated = false
        }
        deflatedBlocks = 0
        cache = []
    }

    /// `bytes` deflated, or nil when zlib cannot (then the block stays plain).
    private static func deflate(_ bytes: [UInt8]) -> [UInt8]? {
        let scratch = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: Int(compressBound(uLong(bytes.count))))
        defer { scratch.deallocate() }
        var size = uLongf(scratch.count)
        let status = bytes.withUnsafeBufferPointer { input in
            compress2(scratch.baseAddress, &size, input.baseAddress, uLong(input.count), 1)
        }
        guard status == Z_OK else { return nil }
        // Copied out to fit: the bound is several times the result.
        return [UInt8](unsafeUninitializedCapacity: Int(size)) { output, count in
            count = output.initialize(fromContentsOf: scratch[..<Int(size)])
        }
    }

    private static func inflate(_ bytes: [UInt8], plainCount: Int) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: plainCount) { output, count in
            var size = uLongf(plainCount)
            let status = bytes.withUnsafeBufferPointer { input in
                uncompress(output.baseAddress, &size, input.baseAddress, uLong(input.count))
            }
            // The block was deflated by `deflate` above: anything else is a bug, not bad input.
            precondition(status == Z_OK && Int(size) == plainCount, "a deflated shared-string block did not inflate")
            count = plainCount
        }
    }
}
