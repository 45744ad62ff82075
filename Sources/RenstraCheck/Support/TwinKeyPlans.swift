/// Which stretches of a name of a given length are hashed into its twin keys (see
/// `NameIndex`), and what each key mixes in: worked out once for each length met, since the
/// stretches depend on the length alone, and the names of a list come in a few dozen lengths.
struct TwinKeyPlans {
    /// One key of a name: the stretch whose hash it takes, and the earlier name's length and
    /// piece, already mixed (`NameIndex.mix`).
    private struct Stretch {
        let start: Int32
        let end: Int32
        let mix: UInt64
    }

    let typos: Int
    let typoLength: Int
    /// Every length's stretches, one length after another.
    private var stretches: [Stretch] = []
    /// Where each length's stretches stand in `stretches`.
    private var planned: [Int: Range<Int>] = [:]

    init(typos: Int, typoLength: Int) {
        self.typos = typos
        self.typoLength = typoLength
    }

    /// Into `keys`, the keys under which an earlier name within `typos` edits of the name of
    /// `length` bytes that `hashes` holds keeps a piece untouched.
    mutating func keys(of length: Int, _ hashes: StretchHashes, into keys: inout [UInt64]) {
        let plan = planned[length] ?? plan(length)
        keys.removeAll(keepingCapacity: true)
        stretches.withUnsafeBufferPointer { stretches in
            for stretch in stretches[plan] {
                keys.append(hashes.hash(Int(stretch.start)..<Int(stretch.end)) ^ stretch.mix)
            }
        }
    }

    /// Lays out the stretches of a name of `length` bytes: for each length an earlier twin may
    /// have, each of its pieces where edits before it may have shifted it.
    private mutating func plan(_ length: Int) -> Range<Int> {
        let first = stretches.count
        for earlier in max(typoLength, length - typos)...(length + typos) {
            let growth = length - earlier
            for piece in 0...typos {
                let range = NameIndex.piece(piece, of: earlier, pieces: typos + 1)
                // Edits before the piece shift it by `shift`; those after it make up the rest of the growth.
                for shift in -typos...typos where abs(shift) + abs(growth - shift) <= typos {
                    if piece == 0 && shift != 0 || piece == typos && shift != growth { continue }
                    let start = range.lowerBound + shift, end = range.upperBound + shift
                    guard start >= 0, end <= length else { continue }
                    stretches.append(Stretch(start: Int32(start), end: Int32(end),
                                             mix: NameIndex.mix(length: earlier, piece: piece)))
                }
            }
        }
        planned[length] = first..<stretches.count
        return first..<stretches.count
    }
}
