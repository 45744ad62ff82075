import Testing
@testable import RenstraCheck

/// The tables the search for twin names is built on (`EachKegiatanIsEnteredOnce`).
@Suite struct NameSearchTablesTests {
    /// Same names are paired with the first of them, also when different names share a key.
    @Test func theFirstOfEachNameIsFoundByKeyAndName() {
        let names = ["rapat", "diklat", "rapat", "bimtek", "diklat", "bimtek", "sosialisasi"]
        // "rapat", "bimtek" and "sosialisasi" share a key, as names whose hashes collide would.
        let keys: [UInt64] = [7, 9, 7, 7, 9, 7, 7].map { $0 << 40 | 5 }
        var seen = FirstOfEachName(count: names.count)
        var compared: [Int32] = []
        let firsts = names.indices.map { position in
            seen.first(of: Int32(position), under: keys[position]) { earlier in
                compared.append(earlier)
                return names[Int(earlier)] == names[position]
            }
        }
        #expect(firsts == [0, 1, 0, 3, 1, 3, 6])
        // A name is compared only with the earlier firsts under its key.
        #expect(compared == [0, 0, 1, 0, 3, 0, 3])
    }

    /// Lists keep their places in the order filed, through the table's growth while room is
    /// reserved and its rebuilding when the lists are laid out.
    @Test func bucketListsHoldWhatWasFiledInOrder() {
        var table = BucketTable()
        // Enough keys to outgrow the first table; key k gets k % 5 + 1 places.
        let keys = (0..<3_000).map { UInt64($0) &* 0x9E37_79B9_7F4A_7C15 }
        for (index, key) in keys.enumerated() {
            for _ in 0...(index % 5) { table.reserve(under: key) }
        }
        let total = table.layOut()
        #expect(total == keys.indices.reduce(0) { $0 + $1 % 5 + 1 })
        var filed: [UInt64: [Int]] = [:]
        for round in 0..<5 {
            for (index, key) in keys.enumerated() where round <= index % 5 {
                filed[key, default: []].append(table.file(under: key))
            }
        }
        var seen = Set<Int>()
        for (index, key) in keys.enumerated() {
            let list = table.list(key)
            #expect(Array(list) == filed[key], "key \(index)")
            #expect(list.count == index % 5 + 1)
            seen.formUnion(list)
        }
        #expect(seen == Set(0..<total))
        #expect(table.list(12_345).isEmpty)
    }

    /// The hash of every stretch is the polynomial hash of its bytes, for names of odd and even
    /// length (the hashes of beginnings are worked out two bytes a step).
    @Test(arguments: ["", "a", "ab", "pelatihan koperasi", "pelatihan koperasi wanita"])
    func stretchHashesArePolynomialHashes(name: String) {
        let bytes = Array(name.utf8)
        func direct(_ range: Range<Int>) -> UInt64 {
            bytes[range].reduce(0) { $0 &* 0x0000_0100_0000_01B3 &+ UInt64($1) &+ 1 }
        }
        var hashes = StretchHashes()
        // A longer name first: what it leaves behind must not matter.
        Array(repeating: UInt8(0x7A), count: 40).withUnsafeBufferPointer { hashes.load($0) }
        bytes.withUnsafeBufferPointer { hashes.load($0) }
        for start in 0...bytes.count {
            for end in start...bytes.count {
                #expect(hashes.hash(start..<end) == direct(start..<end), "\(start)..<\(end)")
            }
        }
    }
}
