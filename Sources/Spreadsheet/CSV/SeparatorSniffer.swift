/// Guesses the field separator of a CSV from its first records: the candidate (`;`, `,`, tab)
/// that appears outside quotes the same number of times on the most lines wins. Indonesian
/// exports use `;` because `,` is the decimal mark, so `;` wins ties.
enum SeparatorSniffer {
    static let candidates: [UInt8] = [UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: ",")]

    static func sniff(_ bytes: UnsafeBufferPointer<UInt8>, sampleLines: Int = 50) -> UInt8 {
        var counts: [[Int]] = Array(repeating: [], count: candidates.count)
        var current = [Int](repeating: 0, count: candidates.count)
        var inQuotes = false
        var lines = 0
        var index = 0
        while index < bytes.count, lines < sampleLines {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                inQuotes.toggle()
            } else if !inQuotes, byte == 0x0A || byte == 0x0D {
                if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                for candidate in candidates.indices { counts[candidate].append(current[candidate]) }
                current = [Int](repeating: 0, count: candidates.count)
                lines += 1
            } else if !inQuotes, let candidate = candidates.firstIndex(of: byte) {
                current[candidate] += 1
            }
            index += 1
        }
        if current.contains(where: { $0 > 0 }) {
            for candidate in candidates.indices { counts[candidate].append(current[candidate]) }
        }
        var best = candidates[0]
        var bestScore = (0, 0)
        for (candidate, perLine) in counts.enumerated() {
            let used = perLine.filter { $0 > 0 }
            guard let mode = mostCommon(used) else { continue }
            let score = (used.filter { $0 == mode }.count, mode)
            if score > bestScore { best = candidates[candidate]; bestScore = score }
        }
        return best
    }

    private static func mostCommon(_ values: [Int]) -> Int? {
        var tally: [Int: Int] = [:]
        for value in values { tally[value, default: 0] += 1 }
        return tally.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
    }
}
