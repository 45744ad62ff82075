import Foundation

/// What a satuan counts, which decides how its yearly targets make the end-of-period target.
enum SatuanKind: Int, Hashable, CaseIterable {
    /// `%`, `persen`: the end of the period is the last year's value.
    case share
    /// `indeks`, `nilai`, `skor`, `poin`, `predikat`: the last year's value.
    case index
    /// `bulan`: months a year; summed or kept constant, as the table does.
    case months
    /// Anything else: people, events, documents, cooperatives; summed, or the last value for a stock.
    case count

    init(_ satuan: String?) {
        let unit = SatuanKind.key(satuan ?? "")
        switch unit {
        case "%", "persen", "prosen", "persentase": self = .share
        case "indeks", "index", "nilai", "skor", "score", "poin", "point", "predikat", "peringkat": self = .index
        case "bulan", "bln": self = .months
        default: self = .count
        }
    }

    /// A satuan as compared: lower case, without spaces and dots, common short forms expanded.
    static func key(_ satuan: String) -> String {
        let plain = satuan.lowercased().filter { !$0.isWhitespace && $0 != "." }
        return synonyms[plain] ?? plain
    }

    private static let synonyms = [
        "bln": "bulan", "persen": "%", "prosen": "%", "org": "orang", "pkt": "paket", "dok": "dokumen",
        "kgt": "kegiatan", "keg": "kegiatan", "bh": "buah", "lbr": "lembar",
    ]
}
