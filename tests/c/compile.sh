#!/usr/bin/env bash
# The C suite's one compile line: every tests/c/*.c, with every warning an error, as C99 (POSIX
# 2008) or as C++17, by COMPILER into OUT. The arguments after OUT (include folders, libraries,
# sanitizers) follow the sources. COMPILER may be a command with its own arguments
# ("zig cc -target aarch64-linux-gnu.2.17").
#   tests/c/compile.sh c99|c++17 COMPILER OUT [ARG ...]
set -euo pipefail
[ $# -ge 3 ] || { echo "usage: $0 c99|c++17 COMPILER OUT [ARG ...]" >&2; exit 2; }
language="$1" compiler="$2" out="$3"
shift 3
case "$language" in
    c99) standard=(-std=c99 -D_POSIX_C_SOURCE=200809L) ;;
    c++17) standard=(-x c++ -std=c++17) ;;
    *) echo "$0: the language is c99 or c++17, not $language" >&2; exit 2 ;;
esac
read -r -a command <<<"$compiler"
"${command[@]}" "${standard[@]}" -Wall -Wextra -Werror "$(dirname "${BASH_SOURCE[0]}")"/*.c \
    -o "$out" "$@"
