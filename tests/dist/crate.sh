#!/usr/bin/env bash
# Unpacks each released .crate and runs its own `cargo test`, as crates.io users and packagers do:
# the vectors the tests read must have travelled inside it.
#   tests/dist/crate.sh DIST
set -euo pipefail
dist="$(cd "$1" && pwd)"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

for crate in "$dist"/*.crate; do
    echo "==> cargo test in the unpacked $(basename "$crate")" >&2
    tar -xzf "$crate" -C "$scratch"
    dir="$scratch/$(basename "$crate" .crate)"
    # Outside the workspace, with a target folder of its own kept between runs.
    (cd "$dir" && CARGO_TARGET_DIR="$root/build/dist-crates" cargo test --locked --quiet)
done
