#!/usr/bin/env bash
# The SBOMs and checksums of a release, into OUT (after every artifact is there): a CycloneDX SBOM
# per artifact in OUT/sbom/, from the pinned cargo-cyclonedx for what a crate builds and npm's own
# `npm sbom` for the npm main package, then OUT/SHA256SUMS over every file.
#   tools/dist/sbom.sh OUT
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
out="$(cd "$1" && pwd)"
dist_tools
cargo_tool cargo-cyclonedx 0.5.9 >/dev/null
make_scratch
cd "$DIST_REPO"

say "SBOMs of the crates each artifact is built from"
# cargo-cyclonedx writes one SBOM beside every workspace member's Cargo.toml; each is moved out.
# Every target's dependencies are listed, so the SBOM is the same whatever machine makes it.
cargo cyclonedx --quiet --format json --spec-version 1.5 --target all --no-build-deps \
    --override-filename httpcodes-sbom >&2
for crate in core ffi-c py node cli tools/generate; do
    mv "$crate/httpcodes-sbom.json" "$scratch/$(basename "$crate").json"
done
say "SBOM of the npm main package (npm sbom)"
(cd node && npm sbom --sbom-format cyclonedx --omit dev --package-lock-only) >"$scratch/npm.json"

python3 tools/dist/sbom.py "$out" "$scratch" "$DIST_REPO"

say "SHA256SUMS"
(cd "$out" && find . -type f ! -name SHA256SUMS -printf '%P\n' | LC_ALL=C sort |
    xargs sha256sum >SHA256SUMS)
