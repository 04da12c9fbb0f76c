#!/usr/bin/env bash
# Builds a user's project against the x86_64 release tarball, unpacked where the user likes: with
# CMake's find_package (shared, then static) and with pkg-config. Each program runs and checks.
# Also checks what the shared library records: its SONAME and NEEDED libc.so.6.
#   tests/dist/consumers.sh DIST
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

tar -xzf "$dist/libhttpcodes-$version-x86_64-linux-gnu.tar.gz" -C "$scratch"
tree="$scratch/libhttpcodes-$version-x86_64-linux-gnu"
major="${version%%.*}" rest="${version#*.}"
abi="$(python3 "$root/tools/dev" version --abi)"

echo "==> what libhttpcodes.so.$version records" >&2
dynamic="$(readelf -d "$tree/lib/libhttpcodes.so.$version")"
grep -q "Library soname: \[libhttpcodes.so.$abi\]" <<<"$dynamic" || { echo "error: SONAME" >&2; exit 1; }
grep -q "Shared library: \[libc.so.6\]" <<<"$dynamic" || { echo "error: no NEEDED libc.so.6" >&2; exit 1; }

this_minor="$major.${rest%%.*}"
for kind in shared static; do
    echo "==> CMake: find_package(httpcodes $this_minor), $kind" >&2
    build="$scratch/cmake-$kind"
    cmake -S "$root/tests/c/consumer" -B "$build" -DCMAKE_PREFIX_PATH="$tree" -DHTTPCODES_WANT="$this_minor" \
        -DHTTPCODES_STATIC="$([ "$kind" = static ] && echo ON || echo OFF)" >/dev/null
    cmake --build "$build" >/dev/null
    # The shared build finds the library through the rpath CMake writes into the build tree.
    "$build/app"
done
if ldd "$scratch/cmake-static/app" | grep -q libhttpcodes; then
    echo "error: the static build links the shared library" >&2
    exit 1
fi

next_minor="$major.$((${rest%%.*} + 1))"
echo "==> CMake refuses a 0.x install to a project asking for another minor ($next_minor)" >&2
if cmake -S "$root/tests/c/consumer" -B "$scratch/cmake-next" -DCMAKE_PREFIX_PATH="$tree" \
    -DHTTPCODES_WANT="$next_minor" >/dev/null 2>&1; then
    echo "error: find_package(httpcodes $next_minor) accepted $version" >&2
    exit 1
fi

echo "==> pkg-config --define-prefix" >&2
flags="$(PKG_CONFIG_PATH="$tree/lib/pkgconfig" pkg-config --define-prefix --cflags --libs httpcodes)"
# shellcheck disable=SC2086 # the flags are words
cc -Wall -Wextra -Werror "$root/tests/c/consumer/app.c" $flags -o "$scratch/app-pkg-config"
LD_LIBRARY_PATH="$tree/lib" "$scratch/app-pkg-config"
