import PropertyBased
import Testing
@testable import RenstraCheck

@Suite struct EachKegiatanIsEnteredOnceTests {
    @Test func theSameNameUnderAnotherCodeIsReportedWithItsFigures() {
        let document = Tiny.document([
            Tiny.node(.kegiatan, 3, kode: "2 11 15 8", nomor: "6", nama: "Workshop Evaluasi Penyaluran Dana Bergulir"),
            Tiny.node(.kegiatan, 4, kode: "2 11 15 9", nomor: "7", nama: "Rakor pemberdayaan"),
            Tiny.node(.kegiatan, 5, kode: "2 11 15 31", nomor: "29", nama: "Workshop  evaluasi penyaluran dana bergulir"),
        ])
        let findings = EachKegiatanIsEnteredOnce().findings(in: CheckContext(document))
        #expect(At.all(findings) == [At("D5", .duplicateName)])
        #expect(findings[0].note(.en)?.contains("counted twice") == true)
        #expect(findings[0].related.map(\.cell) == ["D3"])
    }

    @Test func aLongNameOneTypoApartIsTheSameName() {
        let document = Tiny.document([
            Tiny.node(.kegiatan, 3, nama: "Bimtek akuntansi koperasi bagi pengelola koperasi", targets: ["60", "60"]),
            Tiny.node(.kegiatan, 4, nama: "Bimtek akutansi koperasi bagi pengelola koperasi", targets: ["50", "50"]),
        ])
        let findings = EachKegiatanIsEnteredOnce().findings(in: CheckContext(document))
        #expect(At.all(findings) == [At("D4", .duplicateName)])
        #expect(findings[0].note(.en)?.contains("figures differ") == true)
    }

    @Test func typosAtBothEndsOfALongNameAreFound() {
        let document = Tiny.document([
            Tiny.node(.kegiatan, 3, nama: "Pelatihan manajemen usaha bagi koperasi wanita"),
            Tiny.node(.kegiatan, 4, nama: "Pelatihan manajemen usaha bagi koperasi pria"),
            Tiny.node(.kegiatan, 5, nama: "Pelatihn manajemen usaha bagi koperasi wanta"),
        ])
        let findings = EachKegiatanIsEnteredOnce().findings(in: CheckContext(document))
        #expect(At.all(findings) == [At("D5", .duplicateName)])
        #expect(findings.first?.related.map(\.cell) == ["D3"])
    }

    /// The index finds what comparing every earlier name finds: the first exact repeat, or else
    /// the earliest long name at most two edits away. Names are built from a few words, a third
    /// of them copies of an earlier name with up to three random one-letter edits. Not shrunk:
    /// shrinking 6,000 draws takes minutes, and the seed printed with a failure replays it.
    @Test(.shrinking(false)) func theNameIndexFindsWhatComparingEveryPairFinds() async {
        await propertyCheck(count: 20, input: Gen.int(in: 0...Int.max).array(of: 6_000)) { draws in
            var stream = draws.makeIterator()
            func draw(_ bound: Int) -> Int {
                guard let next = stream.next() else {
                    Issue.record("the draws ran out: the names would repeat the first one")
                    return 0
                }
                return next % bound
            }
            let words = ["penyediaan", "jasa", "koperasi", "usaha", "mikro", "kecamatan", "sokaraja", "dan", "bagi"]
            var names: [[UInt8]] = []
            for _ in 0..<300 {
                var name: [UInt8]
                if !names.isEmpty, draw(3) == 0 {
                    name = names[draw(names.count)]
                    for _ in 0..<draw(4) {
                        let place = draw(name.count + 1), letter = UInt8(0x61 + draw(26))
                        switch draw(3) {
                        case 0: name.insert(letter, at: place)
                        case 1 where place < name.count: name.remove(at: place)
                        default: if place < name.count { name[place] = letter } else { name.append(letter) }
                        }
                    }
                } else {
                    name = Array((0..<(2 + draw(5))).map { _ in words[draw(words.count)] }.joined(separator: " ").utf8)
                }
                names.append(name)
            }
            let found = NameIndex(typos: 2, typoLength: 25, window: 512).earliestTwins(in: Self.list(names))
            var typoTwins = 0
            for (position, name) in names.enumerated() {
                let earlier = names[..<position]
                let expected = earlier.firstIndex(of: name)
                    ?? (name.count >= 25 ? earlier.firstIndex { $0.count >= 25 && Self.within(2, $0, name) } : nil)
                #expect(found[position] == expected, "\(String(decoding: name, as: UTF8.self))")
                if let expected, names[expected] != name { typoTwins += 1 }
            }
            #expect(typoTwins > 0)
        }
    }

    /// Split by length, over several threads or one part at a time, the search answers as one
    /// index of the whole list: 6,000 names of lengths around the split points, a third of them
    /// typo copies, some written with capitals and runs of spaces that folding takes out (so
    /// that the parts are cut by the folded lengths, not the written ones).
    @Test(.shrinking(false)) func theSearchSplitByLengthAnswersAsOneIndex() async {
        await propertyCheck(count: 3, input: Gen.int(in: 0...Int.max).array(of: 60_000)) { draws in
            var stream = draws.makeIterator()
            func draw(_ bound: Int) -> Int {
                guard let next = stream.next() else {
                    Issue.record("the draws ran out: the names would repeat the first one")
                    return 0
                }
                return next % bound
            }
            let words = ["rehab", "jalan", "desa", "pasar", "kec", "tahap", "sumbang", "banyumas", "ii"]
            var names: [[UInt8]] = []
            for _ in 0..<6_000 {
                if !names.isEmpty, draw(3) == 0 {
                    var name = names[draw(names.count)]
                    let place = draw(name.count)
                    if draw(2) == 0 { name.remove(at: place) } else { name.insert(UInt8(0x61 + draw(26)), at: place) }
                    names.append(name)
                } else {
                    names.append(Array((0..<(3 + draw(4))).map { _ in words[draw(words.count)] }.joined(separator: " ").utf8))
                }
            }
            let texts = names.map { name in
                let text = String(decoding: name, as: UTF8.self)
                switch draw(4) {
                case 0: return text.uppercased()
                case 1: return "  " + text.split(separator: " ").joined(separator: " \t ")
                default: return text
                }
            }
            let list = NameList(folding: texts)
            let expected = NameIndex(typos: 2, typoLength: 25, window: 512).earliestTwins(in: list)
            #expect(TwinSearch.lengthRanges(Self.lengths(list), parts: 4).count > 1)
            #expect(TwinSearch.earliestTwins(of: list, typos: 2, typoLength: 25, window: 512) == expected)
            let onePartAtATime = TwinSearch.earliestTwins(of: texts, typos: 2, typoLength: 25, window: 512, onePartAtATimeFrom: 0)
            #expect(onePartAtATime == expected)
            #expect(expected.contains { $0 != nil })
            #expect(texts.indices.contains { position in
                expected[position].map { texts[$0] != texts[position] && list.bytes[list.range($0)] == list.bytes[list.range(position)] } ?? false
            })
        }
    }

    /// Letter counts never set a typo twin aside: each edit moves them by at most two in all,
    /// also where a count goes round its circle (names of one repeated letter).
    @Test func letterCountsKeepNamesWithinTwoPerEdit() {
        var seed: UInt64 = 7
        func draw(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33) % bound
        }
        func counts(_ name: [UInt8]) -> LetterCounts { name.withUnsafeBufferPointer { LetterCounts($0) } }
        for _ in 0..<2_000 {
            let letters: [UInt8] = draw(2) == 0 ? [0x61, 0x71] : Array("abcdefghijklmnopqrstuvwxyz ".utf8)
            var name = (0..<draw(40)).map { _ in letters[draw(letters.count)] }
            let before = counts(name), edits = draw(4)
            for _ in 0..<edits {
                let place = draw(name.count + 1), letter = letters[draw(letters.count)]
                switch draw(3) {
                case 0: name.insert(letter, at: place)
                case 1 where place < name.count: name.remove(at: place)
                default: if place < name.count { name[place] = letter } else { name.append(letter) }
                }
            }
            #expect(counts(name).isWithin(2 * edits, of: before))
        }
        #expect(!counts(Array("abc".utf8)).isWithin(4, of: counts(Array("xyz".utf8))))
    }

    @Test func lengthRangesCoverEveryLengthInOrder() {
        let names = Self.list([5, 5, 5, 30, 31, 31, 40, 90].map { [UInt8](repeating: 0x61, count: $0) })
        let ranges = TwinSearch.lengthRanges(Self.lengths(names), parts: 4)
        #expect(ranges.first?.lowerBound == 0 && ranges.last?.upperBound == .max)
        #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound + 1 == $1.lowerBound })
        #expect(ranges.count == 4)
    }

    @Test func shortOrDifferentNamesAreDifferentKegiatan() {
        let document = Tiny.document([
            Tiny.node(.kegiatan, 3, nama: "Penyusunan laporan keuangan"),
            Tiny.node(.kegiatan, 4, nama: "Penyusunan laporan bulanan"),
            Tiny.node(.kegiatan, 5, nama: "Diklat audit"),
            Tiny.node(.kegiatan, 6, nama: "Diklat adit"),
        ])
        #expect(Tiny.found(EachKegiatanIsEnteredOnce(), document) == [])
    }

    @Test func theBandedDistanceCountsEdits() {
        func within(_ limit: Int, _ a: String, _ b: String) -> Bool { Self.within(limit, Array(a.utf8), Array(b.utf8)) }
        #expect(within(2, "kitten", "sitting") == false)
        #expect(within(3, "kitten", "sitting"))
        #expect(within(1, "akuntansi", "akutansi"))
        #expect(within(0, "", ""))
        #expect(within(2, "abc", "") == false)
    }

    /// The names, one after another in a list.
    static func list(_ names: [[UInt8]]) -> NameList {
        names.reduce(into: NameList()) { $0.append($1) }
    }

    static func lengths(_ names: NameList) -> [Int32] { (0..<names.count).map { Int32(names.length($0)) } }

    static func within(_ limit: Int, _ a: [UInt8], _ b: [UInt8]) -> Bool {
        a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in TextFolding.within(limit, a, b) } }
    }

    /// Folding plain ASCII byte by byte gives what the general folding gives.
    @Test(arguments: ["Bimbingan  Teknis", "  PELATIHAN\tkoperasi\r\n", "a\u{0B}b\u{0C}c", "x\u{1C}y", "", "   ", "Rp. 1.000,-"])
    func asciiFoldsAsTheGeneralFoldingDoes(text: String) {
        #expect(TextFolding.fold(text) == text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " "))
    }
}
