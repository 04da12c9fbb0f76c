#!/usr/bin/env bash
# The Python artifacts of a release, into OUT: the abi3 wheels PyPI takes for Linux (manylinux_2_17
# and musllinux_1_2, x86_64 and aarch64, cross-built with zig, each checked by `auditwheel show`),
# macOS (macosx_11_0_arm64 and macosx_10_12_x86_64, with zig) and Windows (win_amd64, with Debian's
# mingw-w64), and the sdist every other platform builds from.
#   tools/dist/python.sh OUT
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
out="$1"
dist_tools

# target triple, then the platform policy its wheel must carry.
wheels=(
    "x86_64-unknown-linux-gnu manylinux2014"
    "aarch64-unknown-linux-gnu manylinux2014"
    "x86_64-unknown-linux-musl musllinux_1_2"
    "aarch64-unknown-linux-musl musllinux_1_2"
)
dist_targets x86_64-unknown-linux-gnu aarch64-unknown-linux-gnu x86_64-unknown-linux-musl \
    aarch64-unknown-linux-musl aarch64-apple-darwin x86_64-apple-darwin x86_64-pc-windows-gnu
dist_mingw

cd "$DIST_REPO"
for entry in "${wheels[@]}"; do
    read -r target policy <<<"$entry"
    say "wheel for $target ($policy)"
    maturin build --quiet --release --locked --zig --target "$target" --compatibility "$policy" \
        --manifest-path py/Cargo.toml --out "$out" >&2
done
# zig links musl's libc as NEEDED `libc.so`; musl's loader takes that name as itself, but the
# musllinux policy (PEP 656, auditwheel) names it `libc.musl-ARCH.so.1`, as Alpine's toolchain does.
# Rename it, so the wheel records what one built in a musllinux image would.
for wheel in "$out"/httpcodes_py-*-musllinux_*.whl; do
    arch="${wheel##*musllinux_1_2_}"
    arch="${arch%.whl}"
    unpacked="$(mktemp -d)"
    python -m wheel unpack --dest "$unpacked" "$wheel" >&2
    for library in "$unpacked"/*/httpcodes/*.so; do
        patchelf --replace-needed libc.so "libc.musl-$arch.so.1" "$library"
    done
    python -m wheel pack --dest-dir "$out" "$unpacked"/* >&2
    rm -rf "$unpacked"
done

for target in aarch64-apple-darwin x86_64-apple-darwin; do
    say "wheel for $target (macOS $(macos_min "$target") and later)"
    for_target "$target" maturin build --quiet --release --locked --zig \
        --target "$target" --manifest-path py/Cargo.toml --out "$out" >&2
done
say "wheel for x86_64-pc-windows-gnu (win_amd64)"
for_target x86_64-pc-windows-gnu maturin build --quiet --release --locked --target x86_64-pc-windows-gnu \
    --manifest-path py/Cargo.toml --out "$out" >&2

say "sdist"
maturin sdist --manifest-path py/Cargo.toml --out "$out" >&2

for wheel in "$out"/httpcodes_py-*linux*.whl; do
    say "auditwheel show $(basename "$wheel")"
    auditwheel show "$wheel"
done
