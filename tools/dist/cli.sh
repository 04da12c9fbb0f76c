#!/usr/bin/env bash
# The `httpcodes` command of a release, into OUT, cross-built here for each desktop: the binary
# with its licences and README, as httpcodes-cli-VERSION-TARGET.tar.gz (Linux, glibc 2.17, and
# macOS, with cargo-zigbuild) or .zip (Windows, httpcodes.exe, with Debian's mingw-w64).
#   tools/dist/cli.sh OUT
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
out="$1"
dist_cross
version="$(dist_version)"

for target in x86_64-unknown-linux-gnu.2.17 aarch64-unknown-linux-gnu.2.17 aarch64-apple-darwin \
    x86_64-apple-darwin x86_64-pc-windows-gnu; do
    triple="${target%.2.17}"
    name="httpcodes-cli-$version-$triple"
    say "$name"
    case "$triple" in
        *windows*)
            for_target "$triple" \
                cargo build --locked --quiet --release -p httpcodes-cli --target "$triple" >&2
            binary="target/$triple/release/httpcodes.exe"
            ;;
        *)
            for_target "$triple" \
                cargo zigbuild --locked --quiet --release -p httpcodes-cli --target "$target" >&2
            binary="target/$triple/release/httpcodes"
            ;;
    esac
    stage="build/dist-cli/$name"
    rm -rf "$stage"
    mkdir -p "$stage"
    cp "$binary" LICENSE-MIT LICENSE-APACHE cli/README.md "$stage/"
    case "$triple" in
        *windows*) python3 tools/dist/archive.py "$out/$name.zip" "$stage" ;;
        *) python3 tools/dist/archive.py "$out/$name.tar.gz" "$stage" ;;
    esac
done
