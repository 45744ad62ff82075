/// For each name of a list, the earliest earlier name that is the same or, for long names, at
/// most `typos` edits away.
///
/// Typo twins are found without comparing every pair. Each long name is cut into `typos + 1`
/// pieces and filed under each piece. Two names at most `typos` edits apart leave at least one
/// piece of the earlier name untouched, and that piece stands in the new name shifted by no
/// more than the insertions and deletions before it. So only the names filed under the new
/// name's text at those few places (`TwinKeyPlans`) are candidates, and a count of letters
/// (`LetterCounts`) sets most of them aside before the edit distance is computed. Only the
/// latest `window` names of a piece's list are read, which bounds the work on hostile input
/// where thousands of long names share a piece; on real tables a piece's list is short. A first
/// pass pairs same names, under a hash of the whole name (`FirstOfEachName`), and reserves room
/// under the pieces of the first of each; only those are filed. So the lists are laid out once
/// the names are known, each one contiguous stretch of a flat store of letter counts, read in
/// one sweep (`PieceLists`). Pieces are hashed in constant time (`StretchHashes`).
struct NameIndex {
    let typos: Int
    /// Names shorter than this match only exactly.
    let typoLength: Int
    let window: Int

    /// For each name of `names` whose length is in `asked`, in order, the position of the
    /// earliest earlier name that is the same or a typo apart; nil when there is none. Only the
    /// names within `typos` bytes of those lengths are read: no other can be a twin of one.
    func earliestTwins(in names: NameList, lengths asked: ClosedRange<Int> = 0...Int.max) -> EarliestTwins {
        let met = lengthsMet(by: asked)
        var members: [Int32] = []
        members.reserveCapacity((0..<names.count).count { met.contains(names.length($0)) })
        for position in 0..<names.count where met.contains(names.length(position)) { members.append(Int32(position)) }
        return names.bytes.withUnsafeBufferPointer { bytes in
            let name = { (position: Int32) in UnsafeBufferPointer(rebasing: bytes[names.range(Int(position))]) }
            var hashes = StretchHashes(), pieces = PieceLists(), plans = TwinKeyPlans(typos: typos, typoLength: typoLength)
            let firsts = firstOfEachName(members, name, &hashes, reserving: &pieces)
            pieces.layOut()
            var twins = EarliestTwins(), keys: [UInt64] = [], candidates: [Int32] = []
            twins.reserveCapacity(members.count { asked.contains(names.length(Int($0))) })
            for (position, first) in zip(members, firsts) {
                let text = name(position), asking = asked.contains(text.count)
                guard first == position, text.count >= typoLength else {
                    if asking { twins.append(first == position ? nil : Int(first)) }
                    continue
                }
                hashes.load(text)
                let letters = LetterCounts(text)
                if asking {
                    plans.keys(of: text.count, hashes, into: &keys)
                    pieces.gather(under: keys, window: window, near: letters, within: 2 * typos, into: &candidates)
                    twins.append(earliest(of: candidates, near: text, name))
                }
                for piece in 0...typos {
                    pieces.file(Int(position), letters: letters, under: pieceKey(piece, of: text.count, hashes))
                }
            }
            return twins
        }
    }

    /// For each member, in order, the position of the earliest member with the same name (its
    /// own when none is earlier); room is reserved in `pieces` under each piece of the first of
    /// each long name.
    private func firstOfEachName(
        _ members: [Int32], _ name: (Int32) -> UnsafeBufferPointer<UInt8>, _ hashes: inout StretchHashes,
        reserving pieces: inout PieceLists
    ) -> [Int32] {
        var seen = FirstOfEachName(count: members.count), firsts: [Int32] = []
        firsts.reserveCapacity(members.count)
        for position in members {
            let text = name(position)
            hashes.load(text)
            let key = Self.key(hashes.hash(0..<text.count), length: text.count, piece: -1)
            let first = seen.first(of: position, under: key) { name($0).elementsEqual(text) }
            if first == position && text.count >= typoLength {
                for piece in 0...typos { pieces.reserve(under: pieceKey(piece, of: text.count, hashes)) }
            }
            firsts.append(first)
        }
        return firsts
    }

    /// The lengths of the names that a name of a length in `asked` can be a twin of.
    func lengthsMet(by asked: ClosedRange<Int>) -> ClosedRange<Int> {
        (asked.lowerBound - typos)...(asked.upperBound == .max ? .max : asked.upperBound + typos)
    }

    /// The first of `candidates` (in order, repeats and all) within `typos` edits of `text`.
    private func earliest(
        of candidates: [Int32], near text: UnsafeBufferPointer<UInt8>, _ name: (Int32) -> UnsafeBufferPointer<UInt8>
    ) -> Int? {
        var previous: Int32 = -1
        for candidate in candidates where candidate != previous {
            previous = candidate
            if TextFolding.within(typos, name(candidate), text) { return Int(candidate) }
        }
        return nil
    }

    /// The key of piece `piece` of the name of `length` bytes that `hashes` holds.
    private func pieceKey(_ piece: Int, of length: Int, _ hashes: StretchHashes) -> UInt64 {
        Self.key(hashes.hash(Self.piece(piece, of: length, pieces: typos + 1)), length: length, piece: piece)
    }

    /// The bytes of piece `index` when a name of `length` bytes is cut into `pieces` nearly equal pieces.
    static func piece(_ index: Int, of length: Int, pieces: Int) -> Range<Int> {
        (length * index / pieces)..<(length * (index + 1) / pieces)
    }

    /// A stretch's hash with the name's length and the piece's place (-1 for the whole name).
    private static func key(_ hash: UInt64, length: Int, piece: Int) -> UInt64 {
        hash ^ mix(length: length, piece: piece)
    }

    /// What a key mixes into a stretch's hash: the name's length and the piece's place.
    static func mix(length: Int, piece: Int) -> UInt64 {
        (UInt64(truncatingIfNeeded: length) &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(truncatingIfNeeded: piece &+ 2) << 56
    }
}
