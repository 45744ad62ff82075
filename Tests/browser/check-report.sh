#!/usr/bin/env bash
# Opens the HTML report of each sample in headless Chromium (Debian's `chromium` package) and
# checks what a reviewer would: the page runs without a console error, the findings count it
# shows equals the JSON report's, and a flagged cell is coloured. With --screenshot, also saves
# docs/report-tabel-6.1.png (the picture in the README).
#
#   Tests/browser/check-report.sh RENSTRA_BINARY [--screenshot]
#
# Exits 0 when every sample passes, 1 when one does not, 3 (skipped) when chromium is missing
# and RENSTRA_REQUIRE_BROWSER is not set; CI sets it, so there a missing browser fails.
set -euo pipefail
cd "$(dirname "$0")/../.."
renstra=${1:?usage: check-report.sh RENSTRA_BINARY [--screenshot]}
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
    if [ -n "${RENSTRA_REQUIRE_BROWSER:-}" ]; then echo "browser test: chromium is not installed" >&2; exit 1; fi
    echo "browser test: SKIPPED, chromium is not installed (apt-get install chromium)" >&2
    exit 3
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chrome() {
    # --no-sandbox: CI runs as root in a container; the page is our own file and loads nothing.
    timeout 120 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
        --user-data-dir="$work/profile" --enable-logging=stderr --v=0 "$@"
}
failed=0
passed=0
for sample in tabel-5.1.xlsx tabel-6.1.xlsx tabel-5.1-tc27.xlsx tabel-5.1-as-printed.xlsx tabel-6.1.csv; do
    name=${sample%.*}-${sample##*.}
    "$renstra" check "samples/$sample" --format html -o "$work/$name.html" --lang id 2>/dev/null || [ $? -eq 1 ]
    "$renstra" check "samples/$sample" --format json --lang id 2>/dev/null >"$work/$name.json" || [ $? -eq 1 ]
    expected=$(sed -n 's/^ *"total" : \([0-9]*\),*$/\1/p' "$work/$name.json")
    chrome --dump-dom "file://$work/$name.html" >"$work/$name.dom" 2>"$work/$name.log"
    problems=()
    grep -q 'data-ready="yes"' "$work/$name.dom" || problems+=("the page script did not finish")
    grep -Eq 'CONSOLE|Uncaught' "$work/$name.log" && problems+=("console: $(grep -E 'CONSOLE|Uncaught' "$work/$name.log" | head -3)")
    grep -q "data-shown-findings=\"$expected\"" "$work/$name.dom" || problems+=("the list does not show $expected findings")
    grep -q "id=\"count-findings\">$expected<" "$work/$name.dom" || problems+=("the summary does not say $expected findings")
    background=$(grep -o 'data-flagged-background="[^"]*"' "$work/$name.dom" | head -1)
    case "$background" in
        *'rgb('*) ;;
        *) problems+=("the first flagged cell is not coloured ($background)") ;;
    esac
    if [ ${#problems[@]} -eq 0 ]; then
        echo "browser test: $sample: ok ($expected findings, flagged cell $background)"
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        printf 'browser test: %s: FAILED: %s\n' "$sample" "${problems[@]}" >&2
    fi
done
if [ "${2:-}" = "--screenshot" ]; then
    "$renstra" check samples/tabel-6.1.xlsx --format html -o "$work/shot.html" --lang id 2>/dev/null || [ $? -eq 1 ]
    chrome --window-size=1400,1400 --screenshot="$PWD/docs/report-tabel-6.1.png" "file://$work/shot.html" 2>/dev/null
    echo "browser test: wrote docs/report-tabel-6.1.png"
fi
echo "browser: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
