/// Folded names seen so far, answering for each new name the earliest earlier one that is the
/// same or, for long names, at most `typos` edits away.
///
/// Typo twins are found without comparing every pair. Each long name is cut into `typos + 1`
/// pieces and filed under each piece. Two names at most `typos` edits apart leave at least one
/// piece of the earlier name untouched, and that piece stands in the new name shifted by no
/// more than the insertions and deletions before it. So only the names filed under the new
/// name's text at those few places are candidates, and a count of letters (`LetterCounts`)
/// sets most of them aside before the edit distance is computed. Each piece's list keeps only
/// its latest `window` names, which bounds the work on hostile input where thousands of long
/// names share a piece; on real tables a piece's list is short.
struct NameIndex {
    let typos: Int
    /// Names shorter than this match only exactly.
    let typoLength: Int
    let window: Int

    private var names: [[UInt8]] = []
    private var firstOf: [[UInt8]: Int] = [:]
    /// The long names, by `pieceKey`, with their letter counts at hand.
    private var pieces: [UInt64: [Filed]] = [:]

    private struct Filed {
        let position: Int
        let letters: LetterCounts
    }

    init(typos: Int, typoLength: Int, window: Int) {
        self.typos = typos
        self.typoLength = typoLength
        self.window = window
    }

    /// Adds `name` and returns the position (in the order names were added) of the earliest
    /// earlier name that is the same, or a typo apart; nil when there is none.
    mutating func add(_ name: [UInt8]) -> Int? {
        let position = names.count
        names.append(name)
        if let first = firstOf[name] { return first }
        firstOf[name] = position
        guard name.count >= typoLength else { return nil }
        let letters = LetterCounts(name)
        let twin = earliestTwin(of: name, letters: letters)
        for piece in 0...typos {
            let range = Self.piece(piece, of: name.count, pieces: typos + 1)
            pieces[Self.pieceKey(length: name.count, piece: piece, name[range]), default: []]
                .append(Filed(position: position, letters: letters))
        }
        return twin
    }

    /// The earliest earlier name within `typos` edits of `name`.
    private func earliestTwin(of name: [UInt8], letters counts: LetterCounts) -> Int? {
        var candidates: [Int] = []
        for length in max(typoLength, name.count - typos)...(name.count + typos) {
            let growth = name.count - length
            for piece in 0...typos {
                let range = Self.piece(piece, of: length, pieces: typos + 1)
                // Edits before the piece shift it by `shift`; those after it make up the rest of the growth.
                for shift in -typos...typos where abs(shift) + abs(growth - shift) <= typos {
                    if piece == 0 && shift != 0 || piece == typos && shift != growth { continue }
                    let start = range.lowerBound + shift, end = range.upperBound + shift
                    guard start >= 0, end <= name.count,
                          let filed = pieces[Self.pieceKey(length: length, piece: piece, name[start..<end])] else { continue }
                    for earlier in filed.suffix(window) where earlier.letters.isWithin(2 * typos, of: counts) {
                        candidates.append(earlier.position)
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

    /// A piece's text with the name's length and the piece's place, hashed (FNV-1a). Two keys
    /// may collide; the candidates they give are checked letter by letter anyway.
    private static func pieceKey(length: Int, piece: Int, _ text: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(truncatingIfNeeded: length << 8 | piece)
        for byte in text { hash = (hash ^ UInt64(byte)) &* 0x0100_0000_01B3 }
        return hash
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
