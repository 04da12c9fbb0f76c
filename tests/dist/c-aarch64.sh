#!/usr/bin/env bash
# Runs the C suite against the aarch64 library from its release tarball, under qemu-aarch64: the
# suite is compiled for aarch64 with `zig cc` and linked both to the shared and to the static
# library. Needs Debian's qemu-user-static and libc6-arm64-cross (tools/dev installs them, through
# sudo where it is not root).
#   tests/dist/c-aarch64.sh DIST
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

sysroot=/usr/aarch64-linux-gnu
python3 "$root/tools/dev" need qemu-user-static libc6-arm64-cross

tar -xzf "$dist/libhttpcodes-$version-aarch64-linux-gnu.tar.gz" -C "$scratch"
tree="$scratch/libhttpcodes-$version-aarch64-linux-gnu"
readelf -h "$tree/lib/libhttpcodes.so" | grep -q AArch64 || { echo "error: not aarch64" >&2; exit 1; }

cc="zig cc -target aarch64-linux-gnu.2.17"
"$root/tests/c/compile.sh" c99 "$cc" "$scratch/test_shared" -I"$tree/include" -L"$tree/lib" \
    -lhttpcodes -lpthread
"$root/tests/c/compile.sh" c99 "$cc" "$scratch/test_static" -I"$tree/include" \
    "$tree/lib/libhttpcodes.a" -lpthread
for kind in shared static; do
    echo "==> the C suite on aarch64 ($kind library, qemu-aarch64)" >&2
    # qemu runs the aarch64 loader from the cross sysroot; the RSS check is the emulator's, not ours.
    HTTPCODES_NO_RSS=1 QEMU_LD_PREFIX="$sysroot" LD_LIBRARY_PATH="$tree/lib" \
        qemu-aarch64-static "$scratch/test_$kind" "$root/tests/vectors" "$version" 100000
done
