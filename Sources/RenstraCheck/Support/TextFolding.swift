/// Comparing texts as a reader would: without regard to case, or to how many spaces stand
/// between words.
enum TextFolding {
    /// Lower case, single spaces, trimmed.
    static func fold(_ text: String) -> String {
        var bytes: [UInt8] = []
        fold(text, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` folded to `bytes`. Plain ASCII, the usual case, is folded byte by byte
    /// (its blanks are tab, line feed, vertical tab, form feed, carriage return and space).
    static func fold(_ text: String, into bytes: inout [UInt8]) {
        var text = text
        let folded = text.withUTF8 { utf8 in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: utf8.count) { out -> Bool in
                var count = 0, blank = false
                for byte in utf8 {
                    if byte >= 0x80 { return false }
                    if byte == 0x20 || byte &- 0x09 < 5 {
                        blank = count > 0
                        continue
                    }
                    if blank {
                        out[count] = 0x20
                        count += 1
                        blank = false
                    }
                    out[count] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                    count += 1
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: out[..<count]))
                return true
            }
        }
        if !folded {
            bytes.append(contentsOf: text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ").utf8)
        }
    }

    /// Whether the edit distance between `a` and `b` is at most `limit` (insertions, deletions
    /// and substitutions). What the two share at their start and end is set aside first (it
    /// does not change the distance), then the rest is compared in a band around the diagonal.
    static func within(_ limit: Int, _ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard abs(a.count - b.count) <= limit else { return false }
        var start = 0
        while start < a.count, start < b.count, a[start] == b[start] { start += 1 }
        var endA = a.count, endB = b.count
        while endA > start, endB > start, a[endA - 1] == b[endB - 1] { endA -= 1; endB -= 1 }
        return banded(limit, UnsafeBufferPointer(rebasing: a[start..<endA]), UnsafeBufferPointer(rebasing: b[start..<endB]))
    }

    private static func banded(_ limit: Int, _ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) <= limit }
        let beyond = limit + 1, width = b.count + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * width) { rows in
            var previous = UnsafeMutableBufferPointer(rebasing: rows[..<width])
            var current = UnsafeMutableBufferPointer(rebasing: rows[width...])
            for j in 0..<width { previous[j] = min(j, beyond); current[j] = beyond }
            for (i, x) in zip(1..., a) {
                current[0] = min(i, beyond)
                let low = max(1, i - limit), high = min(b.count, i + limit)
                if low > 1 { current[low - 1] = beyond }
                var best = current[0]
                if low <= high {
                    for j in low...high {
                        let substitution = previous[j - 1] + (x == b[j - 1] ? 0 : 1)
                        current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1, beyond)
                        best = min(best, current[j])
                    }
                }
                if high < b.count { current[high + 1] = beyond }
                guard best <= limit else { return false }
                swap(&previous, &current)
            }
            return previous[b.count] <= limit
        }
    }
}
