#!/usr/bin/env python3
"""Measures `renstra cells` and `renstra check` against the C floor and the fastest peers, side by side.

Called by bench/run.sh, which installs the peers, builds renstra in release mode and compiles
the C reference reader first. For each size it generates the Renstra-shaped workbook and CSV
(once; again only when bench/generate.py changes), then runs every reader on the same file as a
whole process, alternating: one run of each reader per round, the order rotated each round, after
one unmeasured warm-up run of each. `renstra check` is the whole pipeline (read, map, normalise,
reconcile, write the findings as JSON to /dev/null) with bench/bench-mapping.yaml, the mapping
for the generated layout; its exit status 1 (findings at the fail level) counts as a run. It
reports the median and min–max wall time, the peak RSS (`/usr/bin/time -f %M`), the ratio of
`renstra cells` and of `renstra check` to each peer measured in the same run, and the number of
findings `check` reported, then checks the ratios against the targets of issue 6. The report goes
to stdout and to bench/out/latest.md, the raw figures to bench/out/latest.json.
"""

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time

BENCH = os.path.dirname(os.path.abspath(__file__))
CELLS, CHECK = "renstra cells", "renstra check"


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--renstra", required=True, help="the release renstra binary")
    parser.add_argument("--floor", required=True, help="the compiled C reference reader")
    parser.add_argument("--mapping", default=os.path.join(BENCH, "bench-mapping.yaml"),
                        help="the mapping `renstra check` reads the generated files with")
    parser.add_argument("--runs", type=int, default=7, help="measured runs per reader and file (at least 5)")
    parser.add_argument("--million", action="store_true",
                        help="also N = 1,000,000 (most of an hour, and GiBs for the peers and for check)")
    parser.add_argument("--sizes", default="1000,10000,100000", help="kegiatan counts, comma-separated")
    parser.add_argument("--out", default=os.path.join(BENCH, "out"))
    arguments = parser.parse_args()
    if arguments.runs < 5:
        parser.error("--runs must be at least 5")
    return arguments


def generate(n, out):
    """The workbook and CSV for n kegiatan, regenerated only when the generator is newer."""
    xlsx, csv = os.path.join(out, f"renstra-{n}.xlsx"), os.path.join(out, f"renstra-{n}.csv")
    generator = os.path.join(BENCH, "generate.py")
    stale = [p for p in (xlsx, csv) if not os.path.exists(p) or os.path.getmtime(p) < os.path.getmtime(generator)]
    if stale:
        print(f"generating {n:,} kegiatan …", file=sys.stderr, flush=True)
        subprocess.run([sys.executable, generator, str(n), out], check=True)
    return xlsx, csv


def run_once(argv, accepted=(0,), stdout=subprocess.DEVNULL):
    """(wall seconds, CPU seconds, peak RSS in KiB) of one whole-process run; stdout to /dev/null or a file."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as usage:
        start = time.perf_counter()
        done = subprocess.run(["/usr/bin/time", "-f", "%M %U %S", "-o", usage.name] + argv,
                              stdout=stdout, stderr=subprocess.PIPE)
        wall = time.perf_counter() - start
        if done.returncode not in accepted:
            sys.exit(f"failed ({done.returncode}): {' '.join(argv)}\n{done.stderr.decode(errors='replace')}")
        peak, user, system = usage.read().split()[-3:]
    return wall, float(user) + float(system), int(peak)


def check_summary(path):
    """The `summary` object at the end of a `renstra check --format json` report (which may be GBs long)."""
    with open(path, "rb") as report:
        report.seek(max(0, os.path.getsize(path) - 65536))
        tail = report.read().decode(errors="replace")
    start = tail.rfind('"summary"')
    if start < 0:
        return None
    return json.JSONDecoder().raw_decode(tail[tail.index("{", start):])[0]


def warm_up(argv, accepted):
    """One unmeasured run; what it wrote, described: the shape a peer printed, or the findings of a check."""
    with tempfile.NamedTemporaryFile("w+b", suffix=".out") as output:
        run_once(argv, accepted, stdout=output)
        output.flush()
        size = os.path.getsize(output.name)
        if argv[1:2] == ["check"]:
            summary = check_summary(output.name)
            if summary is None:
                sys.exit(f"no summary in the report of: {' '.join(argv)}")
            return f"{summary['total']:,} findings", summary
        output.seek(0)
        shape = output.read(60).decode(errors="replace").strip()
        return (shape if size < 60 else f"{size:,} bytes written"), None


def measure(readers, runs):
    """Alternating runs of every reader; {name: {"walls": [...], "cpus": [...], "rss": [...], "shape": str}}.

    Each reader is (name, argv) or (name, argv, accepted exit statuses)."""
    readers = [(reader[0], reader[1], reader[2] if len(reader) > 2 else (0,)) for reader in readers]
    results = {}
    for name, argv, accepted in readers:
        shape, summary = warm_up(argv, accepted)
        results[name] = {"walls": [], "cpus": [], "rss": [], "shape": shape}
        if summary is not None:
            results[name]["summary"] = summary
    for round_number in range(runs):
        shift = round_number % len(readers)
        for name, argv, accepted in readers[shift:] + readers[:shift]:
            wall, cpu, peak = run_once(argv, accepted)
            results[name]["walls"].append(wall)
            results[name]["cpus"].append(cpu)
            results[name]["rss"].append(peak)
    return results


def median(result):
    return statistics.median(result["walls"])


def mib(kib):
    return f"{kib / 1024:,.0f} MiB"


def table(title, results, subjects):
    """One markdown table: each reader, and each subject's ratio to it."""
    lines = [f"### {title}", "",
             "| reader | median wall | min–max | median CPU | peak RSS | "
             + " | ".join(f"{subject} ÷ reader (wall)" for subject in subjects) + " | output |",
             "|---|---:|---:|---:|---:|" + "---:|" * len(subjects) + "---|"]
    for name, result in results.items():
        walls = result["walls"]
        ratios = ["—" if name == subject else f"{median(results[subject]) / median(result):.2f} ×"
                  for subject in subjects]
        lines.append(f"| {name} | {median(result):.3f} s | {min(walls):.3f}–{max(walls):.3f} s | "
                     f"{statistics.median(result['cpus']):.2f} s | {mib(max(result['rss']))} | "
                     + " | ".join(ratios) + f" | {result['shape']} |")
    return lines + [""]


def findings(measured):
    """How many findings `renstra check` reported on each file, by code: they are most of its work."""
    lines = ["### Findings reported by `renstra check`", "",
             "| file | kegiatan | findings | per kegiatan | by code |", "|---|---:|---:|---:|---|"]
    for (n, kind), results in measured.items():
        summary = results.get(CHECK, {}).get("summary")
        if not summary:
            continue
        codes = ", ".join(f"{code} {count:,}" for code, count in
                          sorted(summary["by_code"].items(), key=lambda item: -item[1]))
        lines.append(f"| {n:,} {kind.upper()} | {n:,} | {summary['total']:,} | {summary['total'] / n:.2f} | {codes} |")
    return lines + [""]


def verdict(ratios, limit):
    """Met or missed, by the ratio of medians; the ratio of the fastest runs shows how noisy the run was."""
    typical, fastest = ratios
    figures = f"{typical:.2f} ×, limit {limit} ×; fastest runs {fastest:.2f} ×"
    if typical <= limit:
        return f"**met** ({figures})"
    return f"**missed** by {100 * (typical / limit - 1):.0f} %, {typical / limit:.1f} × the limit ({figures})"


def targets(measured):
    """The targets of issue 6, each with its measured ratio or why it has none."""
    lines = ["### Targets (issue 6), ratios from the same run", "", "| target | result |", "|---|---|"]

    def ratios(n, kind, peer, subject=CELLS):
        results = measured.get((n, kind))
        if not results:
            return None
        mine, theirs = results[subject], results[peer]
        return median(mine) / median(theirs), min(mine["walls"]) / min(theirs["walls"])

    missing = "not measured (N = 100,000 not in --sizes)"
    fast = ratios(100_000, "xlsx", "fastexcel")
    floor = ratios(100_000, "xlsx", "C libzip + libxml2 SAX2")
    lines.append(f"| `renstra cells`, 100k xlsx ≤ 1.0 × fastexcel | {verdict(fast, 1.0) if fast else missing} |")
    lines.append(f"| `renstra cells`, 100k xlsx ≤ 1.2 × C libzip + libxml2 SAX2 | "
                 f"{verdict(floor, 1.2) if floor else missing} |")
    check = ratios(100_000, "xlsx", "fastexcel", CHECK)
    lines.append(f"| `renstra check`, 100k xlsx ≤ 1.5 × fastexcel | {verdict(check, 1.5) if check else missing} |")
    small = ratios(1000, "xlsx", "python-calamine", CHECK)
    alone = ratios(1000, "xlsx", "python-calamine")
    reference = f" (`renstra cells` alone: {alone[0]:.2f} ×)" if alone else ""
    result = verdict(small, 0.5) + reference if small else "not measured (N = 1,000 not in --sizes)"
    lines.append(f"| `renstra check`, 1k xlsx < 0.5 × python-calamine | {result} |")
    million = measured.get((1_000_000, "xlsx"))
    if million:
        peak = max(million[CELLS]["rss"]) / 1024
        state = "**met**" if peak < 100 else f"**missed** by {peak - 100:.0f} MiB"
        memory = f"{state} ({peak:.0f} MiB)"
    else:
        memory = "not measured (run with --million)"
    lines.append(f"| `renstra cells`, 1M xlsx to stdout: peak RSS < 100 MiB | {memory} |")
    if million:
        mine, theirs = max(million[CHECK]["rss"]) / 1024, max(million["python-calamine"]["rss"]) / 1024
        share = mine / theirs
        state = "**met**" if share < 0.25 else \
            f"**missed** by {100 * (share / 0.25 - 1):.0f} %, {share / 0.25:.1f} × the limit"
        memory = f"{state} ({mine:,.0f} MiB = {100 * share:.0f} % of python-calamine's {theirs:,.0f} MiB)"
    else:
        memory = "not measured (run with --million)"
    lines.append(f"| `renstra check`, 1M xlsx: peak RSS < 25 % of python-calamine's | {memory} |")
    csv = ratios(100_000, "csv", "polars.read_csv", CHECK)
    alone = ratios(100_000, "csv", "polars.read_csv")
    reference = f" (`renstra cells` on the CSV: {alone[0]:.2f} ×)" if alone else ""
    result = verdict(csv, 1.0) + reference if csv else missing
    lines.append(f"| `renstra check`, 100k CSV ≤ 1.0 × polars.read_csv | {result} |")
    return lines + [""]


def machine():
    model = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")
    memory = next((int(line.split()[1]) for line in open("/proc/meminfo") if line.startswith("MemTotal")), 0)
    packages = subprocess.run([sys.executable, "-m", "pip", "freeze"], capture_output=True, text=True).stdout.split()
    libraries = subprocess.run(["pkg-config", "--modversion", "libxml-2.0", "libzip"], capture_output=True,
                               text=True).stdout.split()
    return [f"- machine: `nproc` {os.cpu_count()}, CPU \"{model}\", {memory / 1024 / 1024:.0f} GiB, "
            f"Linux {platform.release()}",
            f"- libxml2 {libraries[0] if libraries else '?'}, libzip {libraries[1] if len(libraries) > 1 else '?'}; "
            f"Python {platform.python_version()}: {', '.join(packages)}"]


def file_title(n, kind, path):
    """A table's title: the file's kegiatan, kind and size."""
    return f"{n:,} kegiatan, {kind.upper()} ({os.path.getsize(path) / 1024 / 1024:,.1f} MiB)"


def publish(report, raw, out, stem):
    """Prints the report and writes it to out/STEM.md, the raw figures to out/STEM.json."""
    text = "\n".join(report)
    print(text)
    with open(os.path.join(out, f"{stem}.md"), "w") as markdown:
        markdown.write(text + "\n")
    with open(os.path.join(out, f"{stem}.json"), "w") as figures:
        json.dump(raw, figures, indent=1)


def main():
    arguments = parse_arguments()
    sizes = [int(size) for size in arguments.sizes.split(",")] + ([1_000_000] if arguments.million else [])
    os.makedirs(arguments.out, exist_ok=True)
    python, peers = sys.executable, os.path.join(BENCH, "peers.py")
    own = [arguments.renstra, arguments.floor, arguments.out, "--renstra", "--floor", "--out"]
    command = " ".join(["bash bench/run.sh"] + [argument for argument in sys.argv[1:] if argument not in own])
    report = ["## Latest figures", "", f"`{command}` ({arguments.runs} measured runs each)", ""]
    report += machine() + [""]
    measured, raw = {}, {}
    for n in sizes:
        xlsx, csv = generate(n, arguments.out)
        print(f"measuring {n:,} kegiatan …", file=sys.stderr, flush=True)
        check = [arguments.renstra, "check", "--mapping", arguments.mapping, "--format", "json"]
        xlsx_readers = [
            (CELLS, [arguments.renstra, "cells", xlsx]),
            (CHECK, check[:2] + [xlsx] + check[2:], (0, 1)),
            ("C libzip + libxml2 SAX2", [arguments.floor, xlsx]),
            ("fastexcel", [python, peers, "fastexcel", xlsx]),
            ("python-calamine", [python, peers, "calamine", xlsx]),
            ("unzip -p, sheet part only", ["unzip", "-p", xlsx, "xl/worksheets/sheet1.xml"]),
        ]
        csv_readers = [
            (CELLS, [arguments.renstra, "cells", csv]),
            (CHECK, check[:2] + [csv] + check[2:], (0, 1)),
            ("polars.read_csv", [python, peers, "polars", csv]),
        ]
        for kind, path, readers in (("xlsx", xlsx, xlsx_readers), ("csv", csv, csv_readers)):
            results = measure(readers, arguments.runs)
            measured[(n, kind)] = results
            raw[f"{n}-{kind}"] = results
            report += table(file_title(n, kind, path), results, [CELLS, CHECK])
    report += findings(measured)
    report += targets(measured)
    publish(report, raw, arguments.out, "latest")


if __name__ == "__main__":
    main()
