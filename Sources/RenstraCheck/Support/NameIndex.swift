/// Folded names seen so far, answering for each new name the earliest earlier one that is the
/// same or, for long names, at most `typos` edits away.
///
/// Typo twins are found without comparing every pair. Each long name is cut into `typos + 1`
/// pieces and filed under each piece. Two names at most `typos` edits apart leave at least one
/// piece of the earlier name untouched, and that piece stands in the new name shifted by no
/// more than the insertions and deletions before it. So only the names filed under the new
/// name's text at those few places are candidates, and a count of letters (`LetterCounts`)
/// sets most of them aside before the edit distance is computed. Only the latest `window` names
/// of a piece's list are read, which bounds the work on hostile input where thousands of long
/// names share a piece; on real tables a piece's list is short. Each list is one contiguous
/// array holding its names' letter counts (`BucketTable`), read in one sweep, and pieces are
/// hashed in constant time (`StretchHashes`).
struct NameIndex {
    let typos: Int
    /// Names shorter than this match only exactly.
    let typoLength: Int
    let window: Int

    private var names: [[UInt8]] = []
    /// Each distinct name, under the hash of the whole name.
    private var distinct = BucketTable<Int32>()
    /// Each distinct long name with its letter counts, under the hash of each of its pieces.
    private var pieces = BucketTable<Filed>()
    private var hashes = StretchHashes()
    private var candidates: [Int] = []

    /// A long name as filed under its pieces.
    private struct Filed {
        let position: Int32
        let letters: LetterCounts
    }

    init(typos: Int, typoLength: Int, window: Int) {
        self.typos = typos
        self.typoLength = typoLength
        self.window = window
    }

    /// Adds `name` and returns the position (in the order names were added) of the earliest
    /// earlier name that is the same, or a typo apart; nil when there is none. Without
    /// `searching`, only files the name, for later names to find, and looks for an equal one.
    mutating func add(_ name: [UInt8], searching: Bool = true) -> Int? {
        let position = names.count
        names.append(name)
        hashes.load(name)
        let whole = Self.key(hashes.hash(0..<name.count), length: name.count, piece: -1)
        if let first = sameName(as: name, under: whole) { return first }
        distinct.file(Int32(position), under: whole)
        guard name.count >= typoLength else { return nil }
        let letters = LetterCounts(name)
        let twin = searching ? earliestTwin(of: name, letters: letters) : nil
        for piece in 0...typos {
            let range = Self.piece(piece, of: name.count, pieces: typos + 1)
            pieces.file(Filed(position: Int32(position), letters: letters),
                        under: Self.key(hashes.hash(range), length: name.count, piece: piece))
        }
        return twin
    }

    /// The earlier name equal to `name`, filed under `key`.
    private func sameName(as name: [UInt8], under key: UInt64) -> Int? {
        distinct.list(key).lazy.map(Int.init).first { names[$0] == name }
    }

    /// The earliest earlier name within `typos` edits of the name `hashes` holds.
    private mutating func earliestTwin(of name: [UInt8], letters counts: LetterCounts) -> Int? {
        candidates.removeAll(keepingCapacity: true)
        for length in max(typoLength, name.count - typos)...(name.count + typos) {
            let growth = name.count - length
            for piece in 0...typos {
                let range = Self.piece(piece, of: length, pieces: typos + 1)
                // Edits before the piece shift it by `shift`; those after it make up the rest of the growth.
                for shift in -typos...typos where abs(shift) + abs(growth - shift) <= typos {
                    if piece == 0 && shift != 0 || piece == typos && shift != growth { continue }
                    let start = range.lowerBound + shift, end = range.upperBound + shift
                    guard start >= 0, end <= name.count else { continue }
                    let filed = pieces.list(Self.key(hashes.hash(start..<end), length: length, piece: piece))
                    for earlier in filed.suffix(window) where earlier.letters.isWithin(2 * typos, of: counts) {
                        candidates.append(Int(earlier.position))
                    }
                }
            }
        }
        candidates.sort()
        var previous = -1
        for candidate in candidates where candidate != previous {
            previous = candidate
            if TextFolding.within(typos, names[candidate], name) { return candidate }
        }
        return nil
    }

    /// The bytes of piece `index` when a name of `length` bytes is cut into `pieces` nearly equal pieces.
    static func piece(_ index: Int, of length: Int, pieces: Int) -> Range<Int> {
        (length * index / pieces)..<(length * (index + 1) / pieces)
    }

    /// A stretch's hash with the name's length and the piece's place (-1 for the whole name).
    private static func key(_ hash: UInt64, length: Int, piece: Int) -> UInt64 {
        hash ^ (UInt64(truncatingIfNeeded: length) &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(truncatingIfNeeded: piece &+ 2) << 56
    }
}

/// How many of a name's bytes fall in each of 16 classes (a byte's low four bits), up to 255.
/// One edit changes the counts by at most two in all, so names whose counts differ by more
/// than twice the allowed edits cannot be a typo apart. (A count held at 255 only makes two
/// names look closer than they are, never further apart.)
struct LetterCounts {
    private let counts: SIMD16<UInt8>

    init(_ name: [UInt8]) {
        var counts = SIMD16<UInt8>()
        for byte in name where counts[Int(byte & 0x0F)] < .max { counts[Int(byte & 0x0F)] += 1 }
        self.counts = counts
    }

    /// Whether the counts differ from `other`'s by at most `limit` in all.
    func isWithin(_ limit: Int, of other: LetterCounts) -> Bool {
        let difference = pointwiseMax(counts, other.counts) &- pointwiseMin(counts, other.counts)
        return Int(SIMD16<UInt16>(truncatingIfNeeded: difference).wrappedSum()) <= limit
    }
}
