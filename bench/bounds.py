#!/usr/bin/env python3
"""Would the missed targets of issue 6 be met if whole stages of `renstra check` cost nothing?

Called by bench/bounds.sh, which builds renstra with bench/bounds.patch applied: EXP_NO_TWINS=1
makes the twin search (the duplicate-name check) return nothing at once, EXP_NO_FIGURES=1 makes every
pagu and target cell read as missing without parsing. It times `renstra check` as shipped and with
those stages switched off, next to `renstra cells` and the peer each target names, with run.py's
alternating whole-process runs: on 1,000 kegiatan (XLSX) and 100,000 kegiatan (CSV). The switched-off
runs are experiments, not the product: they skip checks the product must make (a repeated name or a
wrong figure goes unreported; the generated files have neither), so they only bound what removing a
stage could gain. The report goes to stdout and to bench/out/bounds.md, the raw figures to
bench/out/bounds.json.
"""

import argparse
import os
import statistics
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run  # noqa: E402 (bench/ is not a package)

CHECK, CELLS = "renstra check", "renstra cells"
NO_TWINS, NO_FIGURES = "EXP_NO_TWINS=1", "EXP_NO_FIGURES=1"


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--renstra", required=True, help="renstra built with bench/bounds.patch")
    parser.add_argument("--floor", required=True, help="the compiled C reference reader")
    parser.add_argument("--runs", type=int, default=9, help="measured runs per reader and file (at least 5)")
    parser.add_argument("--mapping", default=os.path.join(run.BENCH, "bench-mapping.yaml"),
                        help="the mapping `renstra check` reads the generated files with")
    parser.add_argument("--out", default=os.path.join(run.BENCH, "out"))
    arguments = parser.parse_args()
    if arguments.runs < 5:
        parser.error("--runs must be at least 5")
    return arguments


def table(title, results, peer, limit, strict):
    """Each run's figures and its ratio to the peer, then which runs are within the target's limit."""
    lines = [f"### {title}", "",
             f"| run | median wall | min–max | median CPU | peak RSS | ÷ {peer} (wall, ratio of medians) |",
             "|---|---:|---:|---:|---:|---:|"]
    within, beyond = [], []
    for name, result in results.items():
        walls = result["walls"]
        ratio = run.median(result) / run.median(results[peer])
        lines.append(f"| {name} | {run.median(result):.3f} s | {min(walls):.3f}–{max(walls):.3f} s | "
                     f"{statistics.median(result['cpus']):.2f} s | {run.mib(max(result['rss']))} | "
                     + ("—" if name == peer else f"{ratio:.2f} ×") + " |")
        if name != peer:
            (within if (ratio < limit if strict else ratio <= limit) else beyond).append(name)
    target = f"`renstra check` {'<' if strict else '≤'} {limit} × {peer}"
    return lines + ["", f"Target (issue 6): {target}. Within it: {', '.join(within) or 'none'}; "
                        f"beyond it: {', '.join(beyond) or 'none'}.", ""]


def main():
    arguments = parse_arguments()
    os.makedirs(arguments.out, exist_ok=True)
    python, peers = sys.executable, os.path.join(run.BENCH, "peers.py")
    own = [arguments.renstra, arguments.floor, "--renstra", "--floor"]
    command = " ".join(["bash bench/bounds.sh"] + [argument for argument in sys.argv[1:] if argument not in own])
    report = ["## Bounds: `renstra check` with whole stages switched off", "",
              f"`{command}` ({arguments.runs} measured runs each)", ""]
    report += run.machine() + [""]
    report += ["The switched-off runs are experiments built from bench/bounds.patch, not the product: "
               "they skip checks the product must make.", ""]
    small, _ = run.generate(1000, arguments.out)
    _, large = run.generate(100_000, arguments.out)

    def check(path, *switches):
        """`renstra check` on path; the switches are set through `env`, which /usr/bin/time then wraps."""
        argv = [arguments.renstra, "check", path, "--mapping", arguments.mapping, "--format", "json"]
        return (["env", *switches] if switches else []) + argv, (0, 1)

    experiments = [
        (1000, "xlsx", small, "python-calamine", 0.5, True, [
            (CHECK, *check(small)),
            ("check without twin search and figure reading", *check(small, NO_TWINS, NO_FIGURES)),
            (CELLS, [arguments.renstra, "cells", small]),
            ("C libzip + libxml2 SAX2", [arguments.floor, small]),
            ("python-calamine", [python, peers, "calamine", small]),
        ]),
        (100_000, "csv", large, "polars.read_csv", 1.0, False, [
            (CHECK, *check(large)),
            ("check without twin search", *check(large, NO_TWINS)),
            ("check without figure reading", *check(large, NO_FIGURES)),
            ("check without twin search and figure reading", *check(large, NO_TWINS, NO_FIGURES)),
            (CELLS, [arguments.renstra, "cells", large]),
            ("polars.read_csv", [python, peers, "polars", large]),
        ]),
    ]
    raw = {}
    for n, kind, path, peer, limit, strict, readers in experiments:
        print(f"measuring {n:,} kegiatan, {kind.upper()} …", file=sys.stderr, flush=True)
        results = run.measure(readers, arguments.runs)
        raw[f"{n}-{kind}"] = results
        report += table(run.file_title(n, kind, path), results, peer, limit, strict)
    run.publish(report, raw, arguments.out, "bounds")


if __name__ == "__main__":
    main()
