#!/usr/bin/env bash
# The peer of reverse lookup in `make bench`: GNU gperf's perfect hash over core's keys, made at
# bench time and never committed. Installs gperf from Debian when it is missing, writes the
# keys (core's `keys` example) as gperf input with `%ignore-case`, and builds the lookup
# `gperf_lookup(text, len)` as an object file for bench/c and as a shared library that the Rust
# bench opens (HTTPCODES_GPERF).
#   bench/gperf/build.sh OUT
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../tools/common.sh"
out="$1"
mkdir -p "$out"

python3 "$(dirname "${BASH_SOURCE[0]}")/../../tools/dev" need gperf
say "gperf's table over core's keys ($(gperf --version | head -n 1))"
{
    printf '%s\n' '%struct-type' '%ignore-case' '%readonly-tables' '%compare-lengths' \
        '%define lookup-function-name gperf_lookup' '%define hash-function-name gperf_hash' \
        '%{' '#include <string.h>' '%}' 'struct gperf_key { const char *name; int code; };' '%%'
    cargo run --locked --quiet -p httpcodes-core --example keys | while IFS=$'\t' read -r key code; do
        printf '"%s", %s\n' "$key" "$code"
    done
    printf '%s\n' '%%'
} >"$out/gperf_keys.gperf"
gperf --output-file="$out/gperf_keys.c" "$out/gperf_keys.gperf"
cc -O2 -fPIC -c "$out/gperf_keys.c" -o "$out/gperf_keys.o"
cc -shared "$out/gperf_keys.o" -o "$out/libgperf_keys.so"
