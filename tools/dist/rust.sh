#!/usr/bin/env bash
# The crates of a release, into OUT: `cargo package` of every crate published to crates.io,
# verified (cargo builds each from its packed sources alone).
#   tools/dist/rust.sh OUT
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
out="$1"
cd "$DIST_REPO"

# Every workspace member that does not say `publish = false`.
mapfile -t crates < <(cargo metadata --no-deps --format-version 1 --locked |
    python3 -c 'import json, sys
for p in json.load(sys.stdin)["packages"]:
    if p["publish"] != []:
        print(p["name"])')
# Packed together, so a crate that needs another of them (the CLI needs the core) is verified
# against the packed one, not against a crates.io release that does not exist yet.
say "cargo package ${crates[*]}"
cargo package --locked --quiet "${crates[@]/#/--package=}" >&2
for crate in "${crates[@]}"; do
    cp "target/package/$crate-$(dist_version).crate" "$out/"
done
