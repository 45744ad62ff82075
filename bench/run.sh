#!/usr/bin/env bash
# The benchmark of issue 6 (`make bench`): installs the peer readers into bench/.venv, builds
# renstra as shipped (`make release`) and the C reference reader with cc -O2, then runs bench/run.py, which
# generates the workbooks into bench/out/ and measures. Arguments go to run.py:
#   bench/run.sh --million     also N = 1,000,000 (most of an hour, and GiBs of memory for the peers and check)
#   bench/run.sh --runs 9      more measured runs per reader (at least 5)
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
apt_install() {
    $SUDO apt-get update -qq && $SUDO DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}
[ -x /usr/bin/time ] || apt_install time
command -v unzip >/dev/null || apt_install unzip
command -v cc >/dev/null || apt_install gcc
python3 -c 'import venv, ensurepip' 2>/dev/null || apt_install python3-venv

[ -x bench/.venv/bin/python ] || python3 -m venv bench/.venv
bench/.venv/bin/pip install --quiet --disable-pip-version-check -r bench/requirements.txt

# The binary as shipped: a release build with the Swift runtime linked in (`make release`).
make --no-print-directory release
renstra="$(swift build -c release --show-bin-path)/renstra"

mkdir -p bench/out/bin
# shellcheck disable=SC2046 # pkg-config prints several flags
cc -O2 -o bench/out/bin/xlsx_floor bench/reference/xlsx_floor.c $(pkg-config --cflags --libs libzip libxml-2.0)

exec bench/.venv/bin/python bench/run.py --renstra "$renstra" --floor bench/out/bin/xlsx_floor "$@"
