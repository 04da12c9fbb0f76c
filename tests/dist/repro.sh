#!/usr/bin/env bash
# Proves that a release is reproducible: `make dist` in two clean clones of HEAD, at two different
# paths, gives byte-identical artifacts, SBOMs included; their SHA256SUMS must be equal.
# The clones share this checkout's pinned build tools (build/tools), which only saves installing
# them twice: each clone builds everything else from nothing, in its own target folder.
#   tests/dist/repro.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../tools/common.sh"
work="$REPO/build/repro"
rm -rf "$work"
clones=("$work/a/httpcodes" "$work/b/somewhere/else/httpcodes")
for clone in "${clones[@]}"; do
    say "make dist in a clean clone at $clone"
    git clone --quiet "$REPO" "$clone"
    (cd "$clone" && env -u CARGO_TARGET_DIR DIST_TOOLS="$REPO/build/tools" \
        make --no-print-directory dist >"$clone.log" 2>&1) || {
        tail -n 40 "$clone.log" >&2
        exit 1
    }
done
first="${clones[0]}/dist/SHA256SUMS"
second="${clones[1]}/dist/SHA256SUMS"
if ! diff -u "$first" "$second" >&2; then
    echo "verify-repro: the two builds differ (above); the artifacts are in $work" >&2
    exit 1
fi
say "verify-repro: both clones' SHA256SUMS are identical, $(wc -l <"$first") files:"
cat "$first"
rm -rf "$work"
