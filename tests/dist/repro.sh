#!/usr/bin/env bash
# Proves that a release is reproducible: `make dist` in two clean clones of HEAD, at two different
# paths, gives byte-identical artifacts, SBOMs included; their SHA256SUMS must be equal.
# The clones share this checkout's pinned build tools (build/tools), which only saves installing
# them twice: each clone builds everything else from nothing, in its own target folder.
#   tests/dist/repro.sh          two clones
#   tests/dist/repro.sh DIST     one clone, against DIST, what `make dist` made in this checkout
#                                (a clean clone itself, as in CI), which saves one whole build
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../tools/common.sh"
work="$REPO/build/repro"
rm -rf "$work"
clones=("$work/b/somewhere/else/httpcodes")
first="${clones[0]}/dist/SHA256SUMS"
if [ -n "${1:-}" ]; then
    first="$(cd "$1" && pwd)/SHA256SUMS"
    [ -f "$first" ] || { echo "verify-repro: no $first; run make dist first" >&2; exit 1; }
    [ -z "$(git -C "$REPO" status --porcelain --untracked-files=no)" ] ||
        { echo "verify-repro: this checkout has changes; its dist/ is not HEAD's" >&2; exit 1; }
else
    clones=("$work/a/httpcodes" "${clones[@]}")
    first="${clones[0]}/dist/SHA256SUMS"
fi
for clone in "${clones[@]}"; do
    say "make dist in a clean clone at $clone"
    git clone --quiet "$REPO" "$clone"
    (cd "$clone" && env -u CARGO_TARGET_DIR DIST_TOOLS="$REPO/build/tools" \
        make --no-print-directory dist >"$clone.log" 2>&1) || {
        tail -n 40 "$clone.log" >&2
        exit 1
    }
done
second="${clones[-1]}/dist/SHA256SUMS"
if ! diff -u "$first" "$second" >&2; then
    echo "verify-repro: the two builds differ (above); the artifacts are in $work" >&2
    exit 1
fi
say "verify-repro: both builds' SHA256SUMS are identical, $(wc -l <"$first") files:"
cat "$first"
rm -rf "$work"
