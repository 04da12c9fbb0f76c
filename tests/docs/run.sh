#!/usr/bin/env bash
# The docs' checks, for the root Makefile (`make test`):
#   tests/docs/run.sh        all of them:
#     - `cargo doc --no-deps` of every crate (and core with its features) with -D warnings, and
#       core's public API as it shows, against the listing core/public-api.txt pins;
#     - the Rust doctests, docs/rust.md's examples among them (core/src/interop/mod.rs includes it);
#     - docs/c.md's program compiled as C99 against the staged library (make stage) and run;
#     - docs/python.md's examples as a doctest against the wheel (tests/python/env.sh);
#     - docs/node.md's example run with node against the built package;
#     - docs/cli.md's `$` lines run against the built command;
#     - every test docs/hostile-input.md cites exists (cited_tests.py).
#   tests/docs/run.sh rust|c|python|node|cli|cited   one of them (rust includes cargo doc)
# Each example's output is compared with what the page shows.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
CARGO="${CARGO:-cargo}"
scratch="$root/build/docs"
source "$root/tools/common.sh"

check_rust() {
    say "cargo doc -D warnings, every crate"
    # One package at a time: the C library's lib is named httpcodes too, so one `cargo doc` run
    # cannot hold both.
    local package
    for package in httpcodes-core httpcodes-ffi httpcodes-py httpcodes-node httpcodes-cli; do
        (cd "$root" && RUSTDOCFLAGS="-D warnings" $CARGO doc --locked --quiet --no-deps -p "$package")
    done
    (cd "$root" && RUSTDOCFLAGS="-D warnings" $CARGO doc --locked --quiet --no-deps \
        -p httpcodes-core --features http,serde)
    say "core's public API against core/public-api.txt"
    python3 "$here/public_api.py" "$("$root/tools/target-dir.sh")/doc/httpcodes"
    say "doctests, docs/rust.md included"
    (cd "$root" && $CARGO test --locked --quiet -p httpcodes-core --features http,serde --doc)
}

check_c() {
    say "docs/c.md, against the staged library"
    make -C "$root" --no-print-directory stage pkg-config >&2
    PKG_CONFIG_PATH="$root/build/stage/lib/pkgconfig" LD_LIBRARY_PATH="$root/build/stage/lib" \
        python3 "$here/check.py" c "$root/docs/c.md" \
        '${CC:-cc} -std=c99 -Wall -Wextra -Werror "$SRC" $(pkg-config --cflags --libs httpcodes) -o "$OUT"'
}

check_python() {
    say "docs/python.md, as a doctest against the wheel"
    # shellcheck source=../python/env.sh
    source "$root/tests/python/env.sh"
    local wheel venv
    wheel="$(build_wheel)"
    venv="$(venv_for "$TOOLS_VERSION")"
    install_wheel "$wheel" "$venv"
    (cd "$scratch" && "$venv/bin/python" "$here/check.py" python "$root/docs/python.md")
}

check_node() {
    say "docs/node.md, with node against the package"
    "$root/tests/node/run.sh" build >&2
    mkdir -p "$scratch/node/node_modules"
    ln -sfn "$root/node" "$scratch/node/node_modules/httpcodes"
    python3 "$here/check.py" node "$root/docs/node.md" "$scratch/node"
}

check_cli() {
    say "docs/cli.md, against the built command"
    (cd "$root" && $CARGO build --locked --quiet -p httpcodes-cli)
    python3 "$here/check.py" cli "$root/docs/cli.md" "$root/target/debug"
}

check_cited() {
    say "docs/hostile-input.md: every test it cites exists"
    python3 "$here/cited_tests.py" "$root/docs/hostile-input.md"
}

mkdir -p "$scratch"
case "${1:-all}" in
    all)
        # Each part in its own process, so `set -e` stops that part at its first failure (inside
        # a function called from `||` it would not) and the others still run.
        failed=()
        for part in rust c python node cli cited; do
            "${BASH_SOURCE[0]}" "$part" || failed+=("$part")
        done
        if [ "${#failed[@]}" -gt 0 ]; then
            say "FAILED: docs ${failed[*]}"
            exit 1
        fi
        say "docs: every part passed"
        ;;
    rust | c | python | node | cli | cited) "check_$1" ;;
    *)
        echo "usage: $0 [rust|c|python|node|cli|cited]" >&2
        exit 2
        ;;
esac
