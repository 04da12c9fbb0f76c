#!/usr/bin/env bash
# The command-line door, for the root Makefile:
#   tests/cli/run.sh test    build `httpcodes`; run its Rust tests (every form, JSON, exit codes, bad
#                            and non-UTF-8 argv, the shared vectors, the markdown round trip against
#                            spec/, the JSON and CSV references, completions, man page); check the
#                            HTML reference with strict parsers and in Debian's headless Chromium
#                            (installed when missing); load the bash completion; and install it with
#                            `cargo install --path cli`
#   tests/cli/run.sh demo    a few lookups, as a user would type them
#   tests/cli/run.sh differential INTS PHRASES OUT
#                            the command's half of tests/differential (see cli_differential.py)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
CARGO="${CARGO:-cargo}"
bin="$root/target/debug/httpcodes"
out="$root/build/cli"
source "$root/tools/common.sh"

build() {
    (cd "$root" && $CARGO build --locked --quiet -p httpcodes-cli)
}

# A venv with exactly tests/cli/requirements.txt (the strict HTML parser), remade when it changes.
html_venv() {
    local venv="$root/.venv/cli" python wanted
    python="$(command -v python3)"
    wanted="$("$python" -VV | tr -d '\n'; sha256sum <"$here/requirements.txt")"
    if [ "$(cat "$venv/.httpcodes-stamp" 2>/dev/null)" != "$wanted" ] ||
        ! "$venv/bin/python" -c "" 2>/dev/null; then
        say "creating $venv"
        rm -rf "$venv"
        "$python" -m venv "$venv"
        PIP_DISABLE_PIP_VERSION_CHECK=1 "$venv/bin/python" -m pip install --quiet \
            --requirement "$here/requirements.txt" >&2
        "$venv/bin/python" -m pip check >&2
        printf '%s' "$wanted" >"$venv/.httpcodes-stamp"
    fi
    echo "$venv"
}

run_tests() {
    build
    say "cargo test -p httpcodes-cli"
    (cd "$root" && $CARGO test --locked --quiet -p httpcodes-cli)
    say "the HTML reference: strict parsers and headless Chromium"
    mkdir -p "$out"
    "$bin" --format html >"$out/httpcodes.html"
    "$(html_venv)/bin/python" "$here/html_check.py" "$out/httpcodes.html"
    if command -v groff >/dev/null; then
        say "the man page renders without a warning"
        local warnings
        warnings="$("$bin" man | groff -man -ww -z 2>&1)"
        [ -z "$warnings" ] || { echo "$warnings" >&2; exit 1; }
    fi
    say "the bash completion loads"
    bash -c 'source <("$1" completions bash) && complete -p httpcodes' _ "$bin" >/dev/null
    say "cargo install --path cli"
    rm -rf "$out/install"
    local log
    if ! log="$(cd "$root" && CARGO_TARGET_DIR="$root/target" $CARGO install --locked --quiet \
        --debug --path cli --root "$out/install" 2>&1)"; then
        echo "$log" >&2
        exit 1
    fi
    [ "$("$out/install/bin/httpcodes" 404 | head -n 1)" = "404 Not Found" ] ||
        { echo "the installed httpcodes does not answer 404" >&2; exit 1; }
    echo "cli: cargo install ok"
}

run_demo() {
    build
    local args
    local arg
    for args in "418" "--json|not found" "payload too large" "5xx" "--search|teapot" "--json|503|499"; do
        IFS='|' read -r -a argv <<<"$args"
        printf '$ httpcodes'
        for arg in "${argv[@]}"; do
            case "$arg" in *" "*) printf ' "%s"' "$arg" ;; *) printf ' %s' "$arg" ;; esac
        done
        printf '\n'
        "$bin" "${argv[@]}" 2>&1 || true
    done
    printf '$ httpcodes --format markdown | head -n 12\n'
    "$bin" --format markdown | head -n 12
}

case "${1:-}" in
    test) run_tests ;;
    demo) run_demo ;;
    differential)
        [ $# -eq 4 ] || { echo "usage: $0 differential INTS PHRASES OUT" >&2; exit 2; }
        build
        python3 "$here/cli_differential.py" "$bin" "$2" "$3" "$4"
        ;;
    *)
        echo "usage: $0 test|demo|differential INTS PHRASES OUT" >&2
        exit 2
        ;;
esac
