#!/usr/bin/env bash
# The command's tests (`make test-cli`): its Rust tests (every form, JSON, exit codes, bad and
# non-UTF-8 argv, the shared vectors, the markdown against spec/, the JSON and CSV references,
# completions, man page); the HTML reference under strict parsers and in Debian's headless
# Chromium (installed when missing); the bash completion loaded; `cargo install --path cli`.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
CARGO="${CARGO:-cargo}"
bin="$root/target/debug/httpcodes"
out="$root/build/cli"
source "$root/tools/common.sh"

(cd "$root" && $CARGO build --locked --quiet -p httpcodes-cli)
say "cargo test -p httpcodes-cli"
(cd "$root" && $CARGO test --locked --quiet -p httpcodes-cli)
say "the HTML reference: strict parsers and headless Chromium"
mkdir -p "$out"
"$bin" --format html >"$out/httpcodes.html"
programs="$(python3 "$root/tools/dev" venv "$root/.venv/cli" "$here/requirements.txt")"
"$programs/python" "$here/html_check.py" "$out/httpcodes.html"
if command -v groff >/dev/null; then
    say "the man page renders without a warning"
    warnings="$("$bin" man | groff -man -ww -z 2>&1)"
    [ -z "$warnings" ] || { echo "$warnings" >&2; exit 1; }
fi
say "the bash completion loads"
bash -c 'source <("$1" completions bash) && complete -p httpcodes' _ "$bin" >/dev/null
say "cargo install --path cli"
rm -rf "$out/install"
if ! log="$(cd "$root" && CARGO_TARGET_DIR="$root/target" $CARGO install --locked --quiet \
    --debug --path cli --root "$out/install" 2>&1)"; then
    echo "$log" >&2
    exit 1
fi
[ "$("$out/install/bin/httpcodes" 404 | head -n 1)" = "404 Not Found" ] ||
    { echo "the installed httpcodes does not answer 404" >&2; exit 1; }
echo "cli: cargo install ok"
