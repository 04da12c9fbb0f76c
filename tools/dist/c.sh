#!/usr/bin/env bash
# The C library of a release, into OUT: a `make install` tree per target, as
# libhttpcodes-VERSION-ARCH-linux-gnu.tar.gz, built against glibc 2.17 with cargo-zigbuild.
#   tools/dist/c.sh OUT
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
out="$1"
dist_tools
dist_targets x86_64-unknown-linux-gnu aarch64-unknown-linux-gnu
cd "$DIST_REPO"
version="$(dist_version)"

for arch in x86_64 aarch64; do
    name="libhttpcodes-$version-$arch-linux-gnu"
    stage="$DIST_REPO/build/dist-c/$name"
    say "$name"
    rm -rf "$stage"
    # PREFIX=/usr/local is what the .pc names; CMake's package is relative to itself, and
    # `pkg-config --define-prefix` relocates the .pc, so the tree works wherever it is unpacked.
    make --no-print-directory install-c C_TARGET="$arch-unknown-linux-gnu.2.17" \
        PREFIX=/usr/local DESTDIR="$stage.root" >&2
    mkdir -p "$stage/share/doc/libhttpcodes"
    cp -r "$stage.root/usr/local/." "$stage/"
    cp LICENSE-MIT LICENSE-APACHE CHANGELOG.md ffi-c/README.md "$stage/share/doc/libhttpcodes/"
    rm -rf "$stage.root"
    # Sorted entries with the commit's time and no owner, gzip without a time: the same bytes
    # from every build of the same commit.
    tar -C "$(dirname "$stage")" --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 \
        --numeric-owner --format=gnu -cf - "$name" | gzip -n -9 >"$out/$name.tar.gz"
done
