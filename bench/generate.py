#!/usr/bin/env python3
"""Writes a Renstra-shaped workbook and CSV with N kegiatan, byte for byte the same every run.

The sheet is a Tabel 5.1 (rencana program, kegiatan dan pendanaan): a title, three header rows
with merged cells and a row of column numbers, then 18 columns per row:

    kode | program/kegiatan | indikator | satuan | kondisi awal |
    5 x (target, pagu) | kondisi akhir target, pagu | lokasi

A program row opens every 30 kegiatan and carries the sum of their pagu; a JUMLAH row with
SUMIF formulas over the program rows (and their cached values) closes the table. Kegiatan
names are drawn without repeats from a nomenclature (verb, object, scope, place and phase, each
list's entries at least three letters apart), so that, as in a real Renstra, each kegiatan is
entered once and no two names are a typo apart; indikator repeat, as they do in real tables;
every kode is distinct. The figures are consistent, as in a table that passes review: yearly
pagu within a quarter of the row's own level, `Bulan` targets of 12 a year, end-of-period
targets by the rule of their satuan. The XLSX is written by XlsxWriter with
shared strings and fixed document properties; the CSV is the Indonesian export form: UTF-8
with a BOM, `;` separators, CRLF, `150.000.000` and `27,2`.

Usage: generate.py N OUT_DIR   (writes OUT_DIR/renstra-N.xlsx and OUT_DIR/renstra-N.csv)
"""

import datetime
import os
import random
import sys

import xlsxwriter

KEGIATAN_PER_PROGRAM = 30
YEARS = [2025, 2026, 2027, 2028, 2029]
COLUMNS = 18
# The pagu columns (0-based): one per year, then the end-of-period total.
PAGU_COLUMNS = (6, 8, 10, 12, 14, 16)

PROGRAMS = [
    "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
    "Program Pengelolaan Pendidikan",
    "Program Pengembangan Kurikulum",
    "Program Pendidik dan Tenaga Kependidikan",
    "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
    "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan",
    "Program Pengelolaan Sumber Daya Air (SDA)",
    "Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum",
    "Program Penyelenggaraan Jalan",
    "Program Pengembangan Permukiman",
    "Program Penataan Bangunan Gedung",
    "Program Peningkatan Ketenteraman dan Ketertiban Umum",
    "Program Penanggulangan Bencana",
    "Program Rehabilitasi Sosial",
    "Program Perlindungan dan Jaminan Sosial",
    "Program Perencanaan Tenaga Kerja",
    "Program Pengarusutamaan Gender dan Pemberdayaan Perempuan",
    "Program Peningkatan Diversifikasi dan Ketahanan Pangan Masyarakat",
    "Program Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup",
    "Program Pengelolaan Persampahan",
    "Program Pendaftaran Penduduk",
    "Program Pemberdayaan Lembaga Kemasyarakatan, Lembaga Adat dan Masyarakat Hukum Adat",
    "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)",
    "Program Pengelolaan Informasi dan Komunikasi Publik",
    "Program Pemberdayaan Usaha Menengah, Usaha Kecil, dan Usaha Mikro (UMKM)",
    "Program Pelayanan Penanaman Modal",
    "Program Pengembangan Kapasitas Daya Saing Kepemudaan",
    "Program Pengembangan Kebudayaan",
    "Program Pengelolaan Perpustakaan",
    "Program Penyediaan dan Pengembangan Sarana Pertanian",
    "Program Pengelolaan Perikanan Tangkap",
    "Program Peningkatan Daya Tarik Destinasi Pariwisata",
    "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah",
    "Program Pengelolaan Keuangan Daerah",
    "Program Kepegawaian Daerah",
    "Program Penelitian dan Pengembangan Daerah",
]

VERBS = [
    ("Penyediaan", "disediakan"), ("Pengelolaan", "dikelola"), ("Pembangunan", "dibangun"),
    ("Rehabilitasi", "direhabilitasi"), ("Pemeliharaan", "dipelihara"), ("Pengadaan", "diadakan"),
    ("Peningkatan", "ditingkatkan"), ("Penyusunan", "disusun"), ("Fasilitasi", "difasilitasi"),
    ("Koordinasi", "dikoordinasikan"), ("Pembinaan", "dibina"), ("Pengembangan", "dikembangkan"),
    ("Inventarisasi", "diinventarisasi"), ("Sosialisasi", "disosialisasikan"), ("Evaluasi", "dievaluasi"),
]

OBJECTS = [
    "Sarana dan Prasarana Gedung Kantor", "Jasa Komunikasi, Sumber Daya Air dan Listrik",
    "Dokumen Perencanaan Perangkat Daerah", "Laporan Keuangan Akhir Tahun SKPD",
    "Bahan Logistik Kantor", "Kendaraan Dinas Operasional atau Lapangan", "Peralatan dan Mesin Lainnya",
    "Ruang Kelas Baru Sekolah Dasar", "Sarana Pembelajaran Sekolah Menengah Pertama",
    "Puskesmas dan Jaringannya", "Alat Kesehatan dan Alat Penunjang Medik", "Obat dan Bahan Medis Habis Pakai",
    "Jaringan Irigasi Permukaan", "Sistem Penyediaan Air Minum Perdesaan", "Jalan Kabupaten",
    "Jembatan Kabupaten", "Drainase Perkotaan", "Rumah Tidak Layak Huni", "Ruang Terbuka Hijau",
    "Pos Pemadam Kebakaran", "Rambu dan Marka Jalan", "Data Terpadu Kesejahteraan Sosial",
    "Usaha Mikro dan Koperasi", "Pasar Rakyat", "Benih dan Bibit Tanaman Pangan",
    "Sarana Penangkapan Ikan", "Destinasi Wisata Unggulan", "Koleksi Perpustakaan Daerah",
    "Kapasitas Aparatur Sipil Negara", "Sistem Informasi Pemerintahan Daerah", "Arsip Dinamis",
    "Kelompok Sadar Wisata", "Tempat Pengolahan Sampah Terpadu", "Bank Sampah", "Posyandu",
    "Lembaga Adat Desa", "Kader Pemberdayaan Masyarakat", "Dokumen Kependudukan",
    "Cagar Budaya", "Organisasi Kepemudaan",
]

SCOPES = ["", " Tingkat Kabupaten", " Tingkat Kecamatan", " di Daerah Terpencil"]

SATUAN = ["Dokumen", "Laporan", "Unit", "Paket", "Orang", "Kegiatan", "Bulan", "Km", "Lokasi", "Persen"]

LOKASI = [
    "Kabupaten", "Kec. Baturaden", "Kec. Cilongok", "Kec. Kembaran", "Kec. Sokaraja", "Kec. Sumbang",
    "Kec. Ajibarang", "Kec. Wangon", "Kec. Jatilawang", "Kec. Rawalo", "Kec. Kebasen", "Kec. Banyumas",
    "Kec. Patikraja", "Kec. Purwojati", "Kec. Lumbir", "Kec. Gumelar", "Kec. Pekuncen", "Kec. Karanglewas",
    "Kec. Kedungbanteng", "Kec. Somagede", "Kec. Kalibagor", "Kec. Tambak", "Kec. Sumpiuh",
    "Kec. Kemranjen", "Kec. Purwokerto Utara", "Kec. Purwokerto Selatan", "Kec. Purwokerto Barat",
    "Kec. Purwokerto Timur", "Seluruh Kecamatan",
]

# Where a kegiatan takes place, as its name says it.
PLACES = [place.replace("Kec. ", "Kecamatan ") for place in LOKASI]

# Places and phases make each kegiatan name distinct (15 x 40 x 4 x 29 x 15 = 1,044,000 names).
PHASES = ["", " Tahap Lanjutan", " Rintisan", " Percontohan", " Berbasis Masyarakat", " Terpadu",
          " Skala Kecil", " Skala Besar", " Darurat", " Berkelanjutan", " Ramah Lingkungan", " Inklusif",
          " Digital", " Swakelola", " Kemitraan"]

# Number formats: pagu in Rupiah with grouping, targets with up to two decimals.
PAGU_FORMAT = "#,##0"
TARGET_FORMAT = "0.0#"


def kegiatan_name(combination):
    """The name numbered `combination` of the nomenclature: every number gives a different name."""
    combination, verb = divmod(combination, len(VERBS))
    combination, thing = divmod(combination, len(OBJECTS))
    combination, scope = divmod(combination, len(SCOPES))
    phase, place = divmod(combination, len(LOKASI))
    return VERBS[verb], OBJECTS[thing], f"{VERBS[verb][0]} {OBJECTS[thing]}{SCOPES[scope]} {PLACES[place]}{PHASES[phase]}"


def kegiatan_row(rng, program_code, number, combination):
    """One kegiatan: [kode, name, indikator, satuan, awal, (target, pagu) x 5, akhir target, akhir pagu, lokasi]."""
    (_, participle), thing, name = kegiatan_name(combination)
    satuan = SATUAN[rng.randrange(len(SATUAN))]
    kode = f"{program_code} {1 + number // 10} {1 + number % 10}"
    if satuan == "Persen":
        indikator = f"Persentase {thing} yang {participle}"
        awal = round(rng.uniform(10, 60), 1)
        step = round(rng.uniform(1, 8), 1)
        targets = [round(min(100.0, awal + step * (year + 1)), 1) for year in range(5)]
        akhir = targets[-1]
    elif satuan == "Bulan":
        indikator = f"Jumlah bulan layanan {thing} yang {participle}"
        awal = 12
        targets = [12] * 5
        akhir = 12
    else:
        indikator = f"Jumlah {thing} yang {participle}"
        awal = rng.randrange(0, 40)
        targets = [rng.randrange(1, 60) for _ in range(5)]
        akhir = sum(targets)
    level = rng.randrange(50_000, 5_000_000)
    pagus = [level * rng.randrange(80, 125) // 100 * 1000 for _ in range(5)]
    years = []
    for target, pagu in zip(targets, pagus):
        years += [target, pagu]
    lokasi = LOKASI[rng.randrange(len(LOKASI))]
    return [kode, name, indikator, satuan, awal] + years + [akhir, sum(pagus), lokasi]


def program_row(program_index, code, kegiatan):
    """A program row: its own indikator, and the sum of its kegiatan's pagu per year."""
    name = PROGRAMS[program_index % len(PROGRAMS)]
    row = [code, name, "Indeks Kepuasan Masyarakat terhadap " + name[8:], "Indeks", 72.5]
    for year in range(5):
        row += [round(73.0 + year * 1.5, 1), sum(k[6 + 2 * year] for k in kegiatan)]
    row += [79.0, sum(k[16] for k in kegiatan), "Kabupaten"]
    return row


def program_code(index):
    """`urusan bidang program`, distinct for every program index."""
    return f"{1 + index // 3600} {1 + index // 36 % 100:02d} {1 + index % 36:02d}"


def table(n):
    """The data rows, in order: program rows, each followed by its kegiatan."""
    rng = random.Random(20240601 + n)
    names = rng.sample(range(len(VERBS) * len(OBJECTS) * len(SCOPES) * len(LOKASI) * len(PHASES)), n)
    rows = []
    program = 0
    while program * KEGIATAN_PER_PROGRAM < n:
        first = program * KEGIATAN_PER_PROGRAM
        count = min(KEGIATAN_PER_PROGRAM, n - first)
        code = program_code(program)
        kegiatan = [kegiatan_row(rng, code, number, names[first + number]) for number in range(count)]
        rows.append(("program", program_row(program, code, kegiatan)))
        rows += [("kegiatan", row) for row in kegiatan]
        program += 1
    return rows


TITLE = ["TABEL 5.1", "RENCANA PROGRAM, KEGIATAN DAN PENDANAAN DINAS PEKERJAAN UMUM KABUPATEN BANYUMAS 2025-2029"]
HEADER_TOP = ["Kode", "Program dan Kegiatan", "Indikator Kinerja Program (outcome) dan Kegiatan (output)",
              "Satuan", "Data Capaian pada Tahun Awal Perencanaan", "Target Kinerja Program dan Kerangka Pendanaan",
              "Kondisi Kinerja pada Akhir Periode Renstra", "Lokasi"]
FIRST_DATA_ROW = 7  # 0-based: title, title, blank, three header rows, column numbers


def header_cells():
    """(row, first column, last column, text) for the header block, 0-based; a span is merged."""
    cells = [(0, 0, COLUMNS - 1, TITLE[0]), (1, 0, COLUMNS - 1, TITLE[1])]
    for column, text in zip([0, 1, 2, 3, 4], HEADER_TOP[:5]):
        cells.append((3, column, column, text))
    cells += [(3, 5, 14, HEADER_TOP[5]), (3, 15, 16, HEADER_TOP[6]), (3, 17, 17, HEADER_TOP[7])]
    for year_index, year in enumerate(YEARS + ["Akhir"]):
        first = 5 + 2 * year_index
        cells.append((4, first, first + 1, f"Tahun {year}" if year != "Akhir" else "Akhir Periode"))
        cells += [(5, first, first, "Target"), (5, first + 1, first + 1, "Rp")]
    return cells


def write_xlsx(rows, path):
    workbook = xlsxwriter.Workbook(path)
    workbook.set_properties({"title": "Renstra benchmark", "author": "renstra bench",
                             "created": datetime.datetime(2024, 6, 1, 0, 0, 0)})
    sheet = workbook.add_worksheet("Tabel 5.1")
    bold = workbook.add_format({"bold": True, "align": "center", "valign": "vcenter", "text_wrap": True, "border": 1})
    text = workbook.add_format({"border": 1, "text_wrap": True})
    bold_text = workbook.add_format({"border": 1, "text_wrap": True, "bold": True})
    pagu = workbook.add_format({"border": 1, "num_format": PAGU_FORMAT})
    bold_pagu = workbook.add_format({"border": 1, "num_format": PAGU_FORMAT, "bold": True})
    target = workbook.add_format({"border": 1, "num_format": TARGET_FORMAT})
    for row, first, last, value in header_cells():
        if first == last:
            sheet.write_string(row, first, value, bold)
        else:
            sheet.merge_range(row, first, row, last, value, bold)
    for column in range(COLUMNS):
        sheet.write_number(FIRST_DATA_ROW - 1, column, column + 1, bold)
    row_number = FIRST_DATA_ROW
    for kind, values in rows:
        is_program = kind == "program"
        for column, value in enumerate(values):
            if isinstance(value, str):
                sheet.write_string(row_number, column, value, bold_text if is_program else text)
            elif column in PAGU_COLUMNS:
                sheet.write_number(row_number, column, value, bold_pagu if is_program else pagu)
            else:
                sheet.write_number(row_number, column, value, target)
        row_number += 1
    sheet.write_string(row_number, 1, "JUMLAH", bold_text)
    for column in PAGU_COLUMNS:
        letter = xlsxwriter.utility.xl_col_to_name(column)
        total = sum(values[column] for kind, values in rows if kind == "program")
        first, last = FIRST_DATA_ROW + 1, row_number
        formula = f'=SUMIF($D${first}:$D${last},"Indeks",{letter}{first}:{letter}{last})'
        sheet.write_formula(row_number, column, formula, bold_pagu, total)
    sheet.set_column(0, 0, 14)
    sheet.set_column(1, 2, 48)
    sheet.set_column(5, 16, 16)
    sheet.freeze_panes(FIRST_DATA_ROW, 2)
    workbook.close()


def indonesian_number(value):
    """`150.000.000` for integers, `27,2` for decimals."""
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    whole, _, fraction = f"{value}".partition(".")
    return f"{int(whole):,}".replace(",", ".") + "," + fraction


def csv_field(value):
    text = value if isinstance(value, str) else indonesian_number(value)
    if any(c in text for c in ';"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def write_csv(rows, path):
    grid = [[""] * COLUMNS for _ in range(FIRST_DATA_ROW)]
    for row, first, _, value in header_cells():
        grid[row][first] = value
    grid[FIRST_DATA_ROW - 1] = [column + 1 for column in range(COLUMNS)]
    grid += [values for _, values in rows]
    total = [""] * COLUMNS
    total[1] = "JUMLAH"
    for column in PAGU_COLUMNS:
        total[column] = sum(values[column] for kind, values in rows if kind == "program")
    grid.append(total)
    with open(path, "wb") as out:
        out.write(b"\xef\xbb\xbf")
        for record in grid:
            out.write((";".join(csv_field(v) for v in record) + "\r\n").encode("utf-8"))


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    n, out_dir = int(sys.argv[1]), sys.argv[2]
    os.makedirs(out_dir, exist_ok=True)
    rows = table(n)
    write_xlsx(rows, os.path.join(out_dir, f"renstra-{n}.xlsx"))
    write_csv(rows, os.path.join(out_dir, f"renstra-{n}.csv"))


if __name__ == "__main__":
    main()
