#!/usr/bin/env bash
# How far removing whole stages would get towards the missed targets of issue 6: builds renstra as
# shipped, with bench/bounds.patch applied, in a throwaway worktree of HEAD (never in this tree),
# then runs bench/bounds.py, which times `renstra check` with the twin search and the figure reading
# switched off. Needs what `make bench` makes (bench/.venv and the C reference reader). Arguments go
# to bounds.py:
#   bench/bounds.sh --runs 5     fewer measured runs per reader (at least 5; 9 by default)
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x bench/.venv/bin/python ] || [ ! -x bench/out/bin/xlsx_floor ]; then
    echo "bench/.venv or bench/out/bin/xlsx_floor is missing: run \`make bench\` first" >&2
    exit 2
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/renstra-bounds.XXXXXX")"
# The worktree goes whatever happens; an interrupt exits through the EXIT trap too.
cleanup() {
    git worktree remove --force "$tmp" 2>/dev/null || { rm -rf "$tmp"; git worktree prune; }
    rm -f "${TMPDIR:-/tmp}/${tmp//\//_}_.build"*.lock  # the lock files SwiftPM left for its build
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

git worktree add --quiet --detach "$tmp" HEAD
if ! git -C "$tmp" apply "$PWD/bench/bounds.patch"; then
    echo "bench/bounds.patch no longer applies to HEAD: refresh it against the current source" >&2
    exit 1
fi
# The dependency versions this tree builds with, when it has them pinned.
[ ! -f Package.resolved ] || cp Package.resolved "$tmp/"

# Built exactly as `make release` builds the shipped binary.
(cd "$tmp" && swift build -c release --static-swift-stdlib --disable-local-rpath --product renstra)

bench/.venv/bin/python bench/bounds.py --renstra "$tmp/.build/release/renstra" --floor bench/out/bin/xlsx_floor "$@"
