#!/usr/bin/env bash
# Unpacks the released core crate and runs its own `cargo test`, as crates.io users and packagers
# do: the vectors the tests read must have travelled inside it. (The CLI's crate is verified by
# `cargo package` building it against the packed core; its tests need the repository's vectors.)
#   tests/dist/crate.sh DIST
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../tools/common.sh"
dist="$(cd "$1" && pwd)"
make_scratch

for crate in "$dist"/httpcodes-core-*.crate; do
    say "cargo test in the unpacked $(basename "$crate")"
    tar -xzf "$crate" -C "$scratch"
    dir="$scratch/$(basename "$crate" .crate)"
    # Outside the workspace, in a target folder of its own made afresh: a .crate's files all carry
    # one fixed date, so a kept folder could pass stale builds off as fresh.
    (cd "$dir" && CARGO_TARGET_DIR="$scratch/target" cargo test --locked --quiet)
done
