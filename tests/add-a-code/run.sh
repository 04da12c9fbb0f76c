#!/usr/bin/env bash
# Proves that adding a status code is one row in core/src/table.rs plus its vector lines
# (CONTRIBUTING.md): in a scratch copy of the workspace, add_rows.py adds the made-up 598 and an
# alias with an alias name (not 599: forward.tsv keeps 599 as an unknown edge), each a long key
# with a vector for every one-byte change of it, and one more alias of 414; the generated files
# must then be stale until `make generate`, and the Rust, C, Python and Node vector tests pass
# there. A key equal to another under ASCII folding must then fail the build, by name.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
scratch="$root/build/add-a-code"
work="$scratch/workspace"
# A target folder of its own: the scratch crates share names and paths with the real ones.
export CARGO_TARGET_DIR="$scratch/target"
source "$root/tools/common.sh"

say "copying the workspace (tracked and new files, as git sees them)"
rm -rf "$work"
mkdir -p "$work"
(cd "$root" && git ls-files -z --cached --others --exclude-standard |
    xargs -0 tar --no-recursion -cf - 2>/dev/null) | tar -xf - -C "$work"

say "one row in core/src/table.rs, one alias, and their lines in tests/vectors/"
python3 "$root/tests/add-a-code/add_rows.py" "$work"
cd "$work"
say "the generated files are stale until make generate (make lint runs this check)"
if cargo run --locked --quiet -p httpcodes-generate -- --check; then
    echo "error: the generator's check passed with stale files" >&2
    exit 1
fi
make --no-print-directory generate
name=MADE_UP_STATUS_WITH_A_PHRASE_OF_OVER_FORTY_BYTES
grep -q "$name = 598" py/python/httpcodes/__init__.pyi
grep -q "^598|$name|Made Up Status" py/python/httpcodes/_table.py
grep -q "$name = 598" node/generated/table.d.ts
grep -q "HTTPCODES_STATUS_AN_INVENTED_ALIAS_OF_OVER_THIRTY_TWO_BYTES 598" include/httpcodes.h
say "Rust"
cargo test --locked --quiet -p httpcodes-core
say "C"
make --no-print-directory stage >/dev/null
"${CC:-cc}" -std=c99 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Werror -Ibuild/stage/include tests/c/*.c \
    -o build/stage/c-vectors build/stage/lib/libhttpcodes.a -lpthread
HTTPCODES_NO_RSS=1 build/stage/c-vectors tests/vectors "$(python3 tools/dev version)" 1000
say "Python"
# Debug builds of the wheel and the addon: this test is about the table, not about speed.
export HTTPCODES_WHEEL_ARGS="--profile dev"
source tools/python.sh
programs="$(venv_programs "$TOOLS_VERSION")"
install_wheel "$(build_wheel)" "$programs"
(cd tests/python && "$programs/python" -m pytest -p no:cacheprovider -q \
    test_statuses.py test_reverse.py test_flags.py test_package.py)
say "Node"
for folder in node tests/node; do (cd "$folder" && npm ci --no-audit --no-fund >/dev/null); done
(cd node && node_modules/.bin/napi build --platform --no-js >/dev/null)
node --test tests/node/vectors.test.mjs
say "a key equal to another under ASCII folding is refused, by name"
python3 "$root/tests/add-a-code/add_rows.py" "$work" --duplicate-key
if log="$(cargo build --locked -p httpcodes-core 2>&1)"; then
    echo "error: the build took a duplicate key" >&2
    exit 1
fi
grep -F "duplicate reverse-lookup key \"I'm a teapot\" (against \"I'm a Teapot\")" <<<"$log" >&2
say "passed"
