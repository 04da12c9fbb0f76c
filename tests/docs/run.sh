#!/usr/bin/env bash
# The docs' checks (`make test-docs`), each page's examples run and compared with what it shows:
#   rust   `cargo doc -D warnings` of every crate, and the doctests (docs/rust.md's among them)
#   c      docs/c.md's program, compiled as C99 against the staged library and run
#   python docs/python.md as a doctest against the wheel
#   node   docs/node.md's example, with node against the built package
#   cli    docs/cli.md's `$` lines, against the built command
#   cited  every test docs/hostile-input.md cites exists
# With no argument it runs them all, each in its own process, so one failing leaves the others
# running. (Core's public API listing is checked by `make lint`: tools/dev generate --check.)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
CARGO="${CARGO:-cargo}"
scratch="$root/build/docs"
source "$root/tools/common.sh"
mkdir -p "$scratch"
cd "$root"

case "${1:-all}" in
    rust)
        # One package at a time: the C library's lib is named httpcodes too.
        for package in httpcodes-core httpcodes-ffi httpcodes-py httpcodes-node httpcodes-cli; do
            RUSTDOCFLAGS="-D warnings" $CARGO doc --locked --quiet --no-deps -p "$package"
        done
        RUSTDOCFLAGS="-D warnings" $CARGO doc --locked --quiet --no-deps -p httpcodes-core --features http,serde
        $CARGO test --locked --quiet -p httpcodes-core --features http,serde --doc ;;
    c)
        make --no-print-directory stage pkg-config >&2
        PKG_CONFIG_PATH="$root/build/stage/lib/pkgconfig" LD_LIBRARY_PATH="$root/build/stage/lib" \
            python3 "$here/check.py" c docs/c.md \
            '${CC:-cc} -std=c99 -Wall -Wextra -Werror "$SRC" $(pkg-config --cflags --libs httpcodes) -o "$OUT"' ;;
    python)
        source tools/python.sh
        programs="$(venv_programs "$TOOLS_VERSION")"
        install_wheel "$(build_wheel)" "$programs"
        (cd "$scratch" && "$programs/python" "$here/check.py" python "$root/docs/python.md") ;;
    node)
        tests/node/run.sh build >&2
        mkdir -p "$scratch/node/node_modules"
        ln -sfn "$root/node" "$scratch/node/node_modules/httpcodes"
        python3 "$here/check.py" node docs/node.md "$scratch/node" ;;
    cli)
        $CARGO build --locked --quiet -p httpcodes-cli
        python3 "$here/check.py" cli docs/cli.md "$root/target/debug" ;;
    cited) python3 "$here/cited_tests.py" docs/hostile-input.md ;;
    all)
        failed=()
        for part in rust c python node cli cited; do
            say "docs: $part"
            "${BASH_SOURCE[0]}" "$part" || failed+=("$part")
        done
        [ "${#failed[@]}" -eq 0 ] || { say "FAILED: docs ${failed[*]}"; exit 1; }
        say "docs: every part passed" ;;
    *) echo "usage: $0 [rust|c|python|node|cli|cited]" >&2; exit 2 ;;
esac
