#!/usr/bin/env bash
# The C library of a release, into OUT: a `make install` tree per target, cross-built here.
#   Linux x86_64 and aarch64 (glibc 2.17, cargo-zigbuild): libhttpcodes-VERSION-ARCH-linux-gnu.tar.gz
#   macOS arm64 and x86_64 (cargo-zigbuild; install name @rpath/libhttpcodes.0.1.dylib):
#                                                   libhttpcodes-VERSION-ARCH-apple-darwin.tar.gz
#   Windows x64 (Debian's mingw-w64): httpcodes.dll in bin/, its import library and the static
#   library in lib/:                                libhttpcodes-VERSION-x86_64-windows-gnu.zip
#   tools/dist/c.sh OUT
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
out="$1"
dist_cross
version="$(dist_version)"

# Rust target (with zig's glibc pin where it has one), then the archive's platform name.
builds=(
    "x86_64-unknown-linux-gnu.2.17 x86_64-linux-gnu"
    "aarch64-unknown-linux-gnu.2.17 aarch64-linux-gnu"
    "aarch64-apple-darwin aarch64-apple-darwin"
    "x86_64-apple-darwin x86_64-apple-darwin"
    "x86_64-pc-windows-gnu x86_64-windows-gnu"
)
for entry in "${builds[@]}"; do
    read -r target platform <<<"$entry"
    name="libhttpcodes-$version-$platform"
    stage="$DIST_REPO/build/dist-c/$name"
    say "$name"
    rm -rf "$stage" "$stage.root"
    # PREFIX=/usr/local is what the .pc names; CMake's package is relative to itself, and
    # `pkg-config --define-prefix` relocates the .pc, so the tree works wherever it is unpacked.
    for_target "$target" \
        make --no-print-directory install-c C_TARGET="$target" INSTALL_NAME_DIR=@rpath \
        PREFIX=/usr/local DESTDIR="$stage.root" >&2
    mkdir -p "$stage/share/doc/libhttpcodes"
    cp -r "$stage.root/usr/local/." "$stage/"
    cp LICENSE-MIT LICENSE-APACHE CHANGELOG.md ffi-c/README.md "$stage/share/doc/libhttpcodes/"
    rm -rf "$stage.root"
    case "$platform" in
        *windows*) python3 tools/dist/archive.py "$out/$name.zip" "$stage" ;;
        *) python3 tools/dist/archive.py "$out/$name.tar.gz" "$stage" ;;
    esac
done
