#!/usr/bin/env bash
# Proves that a release is reproducible: `make dist` in clean clones of HEAD, at different paths,
# gives byte-identical artifacts, SBOMs included; their SHA256SUMS must be equal. The clones share
# this checkout's pinned build tools (build/tools), which only saves installing them twice: each
# clone builds everything else from nothing, in its own target folder.
#   tests/dist/repro.sh                 two clones, against each other
#   tests/dist/repro.sh DIST            one clone, against DIST: what `make dist` made in this
#                                       checkout (a clean clone itself, as in CI)
#   tests/dist/repro.sh --build         that one clone, built only: .ci/run starts it beside
#   tests/dist/repro.sh --compare DIST  `make test`, then compares it once DIST is built
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../tools/common.sh"
work="$REPO/build/repro"
elsewhere="$work/b/somewhere/else/httpcodes"

# `make dist` in a clean clone of HEAD at CLONE; its log is CLONE.log.
build() {
    say "make dist in a clean clone at $1"
    git clone --quiet "$REPO" "$1"
    (cd "$1" && env -u CARGO_TARGET_DIR DIST_TOOLS="$REPO/build/tools" \
        make --no-print-directory dist >"$1.log" 2>&1) || {
        tail -n 40 "$1.log" >&2
        exit 1
    }
}

# DIST's SHA256SUMS, after checking that DIST is what this checkout's HEAD makes.
made_here() {
    [ -f "$1/SHA256SUMS" ] || { echo "verify-repro: no $1/SHA256SUMS; run make dist first" >&2; exit 1; }
    [ -z "$(git -C "$REPO" status --porcelain --untracked-files=no)" ] ||
        { echo "verify-repro: this checkout has changes; its dist/ is not HEAD's" >&2; exit 1; }
    echo "$(cd "$1" && pwd)/SHA256SUMS"
}

compare() {
    if ! diff -u "$1" "$2" >&2; then
        echo "verify-repro: the two builds differ (above); the artifacts are in $work" >&2
        exit 1
    fi
    say "verify-repro: both builds' SHA256SUMS are identical, $(wc -l <"$1") files:"
    cat "$1"
    rm -rf "$work"
}

case "${1:-}" in
    --build) rm -rf "$work" && build "$elsewhere" ;;
    --compare)
        [ "$(git -C "$elsewhere" rev-parse HEAD 2>/dev/null)" = "$(git -C "$REPO" rev-parse HEAD)" ] ||
            { echo "verify-repro: no clone of HEAD built; run $0 --build first" >&2; exit 1; }
        first="$(made_here "$2")" && compare "$first" "$elsewhere/dist/SHA256SUMS" ;;
    "") rm -rf "$work" && build "$work/a/httpcodes" && build "$elsewhere"
        compare "$work/a/httpcodes/dist/SHA256SUMS" "$elsewhere/dist/SHA256SUMS" ;;
    *) first="$(made_here "$1")" && rm -rf "$work" && build "$elsewhere"
        compare "$first" "$elsewhere/dist/SHA256SUMS" ;;
esac
