#!/usr/bin/env python3
"""One peer read, as a whole process: `peers.py READER FILE`.

    fastexcel   fastexcel.read_excel(FILE).load_sheet(0): the first sheet's cells, read by
                Rust calamine into fastexcel's column store, with no conversion to a data frame
    calamine    python-calamine: the first sheet's to_python(), every cell as a Python object
    polars      polars.read_csv on the Indonesian CSV (`;`, no header row, every column as text)

It prints the shape it read, so a run that silently read nothing would show.
"""

import sys


def main():
    reader, path = sys.argv[1], sys.argv[2]
    if reader == "fastexcel":
        import fastexcel

        sheet = fastexcel.read_excel(path).load_sheet(0, header_row=None)
        print(sheet.height, sheet.width)
    elif reader == "calamine":
        from python_calamine import CalamineWorkbook

        rows = CalamineWorkbook.from_path(path).get_sheet_by_index(0).to_python()
        print(len(rows), max(len(row) for row in rows))
    elif reader == "polars":
        import polars

        frame = polars.read_csv(path, separator=";", has_header=False, infer_schema=False)
        print(frame.height, frame.width)
    else:
        sys.exit(f"unknown reader {reader}")


if __name__ == "__main__":
    main()
