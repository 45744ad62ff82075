/// For each name of a list, the earliest earlier name that is the same or, for long names, at
/// most `typos` edits away.
///
/// Typo twins are found without comparing every pair. Each long name is cut into `typos + 1`
/// pieces and filed under each piece. Two names at most `typos` edits apart leave at least one
/// piece of the earlier name untouched, and that piece stands in the new name shifted by no
/// more than the insertions and deletions before it. So only the names filed under the new
/// name's text at those few places are candidates, and a count of letters (`LetterCounts`)
/// sets most of them aside before the edit distance is computed. Only the latest `window` names
/// of a piece's list are read, which bounds the work on hostile input where thousands of long
/// names share a piece; on real tables a piece's list is short. Same names are paired first,
/// by sorting on a hash of the whole name, and only the first of each is filed. The lists are
/// laid out once the names are known, each one contiguous stretch of a flat store of letter
/// counts, read in one sweep (`PieceLists`), and pieces are hashed in constant time
/// (`StretchHashes`).
struct NameIndex {
    let typos: Int
    /// Names shorter than this match only exactly.
    let typoLength: Int
    let window: Int

    /// For each name of `names` whose length is in `asked`, in order, the position of the
    /// earliest earlier name that is the same or a typo apart; nil when there is none. Only the
    /// names within `typos` bytes of those lengths are read: no other can be a twin of one.
    func earliestTwins(in names: NameList, lengths asked: ClosedRange<Int> = 0...Int.max) -> EarliestTwins {
        let met = (asked.lowerBound - typos)...(asked.upperBound == .max ? .max : asked.upperBound + typos)
        let members = (0..<names.count).filter { met.contains(names.length($0)) }
        return names.bytes.withUnsafeBufferPointer { bytes in
            let name = { (position: Int) in UnsafeBufferPointer(rebasing: bytes[names.range(position)]) }
            var hashes = StretchHashes()
            let firsts = Self.firstOfEachName(members, name, &hashes)
            var pieces = PieceLists()
            for (member, position) in members.enumerated() where firsts[member] == position {
                let text = name(position)
                guard text.count >= typoLength else { continue }
                hashes.load(text)
                for piece in 0...typos { pieces.reserve(under: pieceKey(piece, of: text.count, hashes)) }
            }
            pieces.layOut()
            var twins = EarliestTwins(), keys: [UInt64] = [], candidates: [Int32] = []
            twins.reserveCapacity(members.count { asked.contains(names.length($0)) })
            for (member, position) in members.enumerated() {
                let text = name(position), asking = asked.contains(text.count)
                guard firsts[member] == position else {
                    if asking { twins.append(Int(firsts[member])) }
                    continue
                }
                guard text.count >= typoLength else {
                    if asking { twins.append(nil) }
                    continue
                }
                hashes.load(text)
                let letters = LetterCounts(text)
                if asking {
                    twinKeys(of: text.count, hashes, into: &keys)
                    pieces.gather(under: keys, window: window, near: letters, within: 2 * typos, into: &candidates)
                    twins.append(earliest(of: candidates, near: text, name))
                }
                for piece in 0...typos {
                    pieces.file(position, letters: letters, under: pieceKey(piece, of: text.count, hashes))
                }
            }
            return twins
        }
    }

    /// For each member, the position of the earliest member with the same name (its own when
    /// none is earlier).
    private static func firstOfEachName(
        _ members: [Int], _ name: (Int) -> UnsafeBufferPointer<UInt8>, _ hashes: inout StretchHashes
    ) -> [Int32] {
        var byHash = members.enumerated().map { member, position in
            let text = name(position)
            hashes.load(text)
            return (key: key(hashes.hash(0..<text.count), length: text.count, piece: -1), member: Int32(member))
        }
        byHash.sort { ($0.key, $0.member) < ($1.key, $1.member) }
        var firsts = [Int32](repeating: 0, count: members.count)
        // The first position of each different name under the current hash.
        var different: [Int32] = []
        for (index, entry) in byHash.enumerated() {
            if index == 0 || entry.key != byHash[index - 1].key { different.removeAll(keepingCapacity: true) }
            let position = members[Int(entry.member)], text = name(position)
            let first = different.first { name(Int($0)).elementsEqual(text) }
            if first == nil { different.append(Int32(position)) }
            firsts[Int(entry.member)] = first ?? Int32(position)
        }
        return firsts
    }

    /// Into `keys`, the keys under which an earlier name within `typos` edits of the name of
    /// `length` bytes that `hashes` holds keeps a piece untouched.
    private func twinKeys(of length: Int, _ hashes: StretchHashes, into keys: inout [UInt64]) {
        keys.removeAll(keepingCapacity: true)
        for earlier in max(typoLength, length - typos)...(length + typos) {
            let growth = length - earlier
            for piece in 0...typos {
                let range = Self.piece(piece, of: earlier, pieces: typos + 1)
                // Edits before the piece shift it by `shift`; those after it make up the rest of the growth.
                for shift in -typos...typos where abs(shift) + abs(growth - shift) <= typos {
                    if piece == 0 && shift != 0 || piece == typos && shift != growth { continue }
                    let start = range.lowerBound + shift, end = range.upperBound + shift
                    guard start >= 0, end <= length else { continue }
                    keys.append(Self.key(hashes.hash(start..<end), length: earlier, piece: piece))
                }
            }
        }
    }

    /// The first of `candidates` (in order, repeats and all) within `typos` edits of `text`.
    private func earliest(
        of candidates: [Int32], near text: UnsafeBufferPointer<UInt8>, _ name: (Int) -> UnsafeBufferPointer<UInt8>
    ) -> Int? {
        var previous: Int32 = -1
        for candidate in candidates where candidate != previous {
            previous = candidate
            if TextFolding.within(typos, name(Int(candidate)), text) { return Int(candidate) }
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
        hash ^ (UInt64(truncatingIfNeeded: length) &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(truncatingIfNeeded: piece &+ 2) << 56
    }
}
