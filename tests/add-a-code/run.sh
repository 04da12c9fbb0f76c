#!/usr/bin/env bash
# Proves that adding a status code is one row in core/src/table.rs plus its vector lines
# (CONTRIBUTING.md): in a scratch copy of the workspace, add_rows.py adds the made-up 598 and an
# alias with an alias name (not 599: forward.tsv keeps 599 as an unknown edge), each a long key
# with a vector for every one-byte change of it, and one more alias of 414; the generated files
# must then be stale until `make generate`, and every door's whole suite pass there (Rust, the
# command's, C, Python, both Node builds), with the fuzz replays and a short bench pass. A key
# equal to another under ASCII folding must then fail the build, by name.
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
say "Rust: core's suite and the command's (the vectors and the reference pages)"
cargo test --locked --quiet -p httpcodes-core
cargo test --locked --quiet -p httpcodes-cli
say "C: the whole suite"
make --no-print-directory test-c
say "Python: the whole suite"
# Debug builds of the wheel and the addon: this test is about the table, not about speed.
export HTTPCODES_WHEEL_ARGS="--profile dev"
source tools/python.sh
programs="$(venv_programs "$TOOLS_VERSION")"
install_wheel "$(build_wheel)" "$programs"
(cd tests/python && "$programs/python" -m pytest -p no:cacheprovider -q)
say "Node: the whole suite, with the addon and with every addon hidden"
for folder in node tests/node; do (cd "$folder" && npm ci --no-audit --no-fund >/dev/null); done
# A debug addon, with its generated bindings beside the committed index.d.ts, as npm run build.
(cd node && node_modules/.bin/napi build --platform --no-js --dts binding.d.ts >/dev/null)
node --test tests/node/*.test.mjs
NODE_OPTIONS="--require=$work/tests/node/hide-addon.cjs" HTTPCODES_EXPECT_BACKEND=js \
    node --test tests/node/*.test.mjs
say "the fuzz replays"
python3 tools/dev fuzz replay
say "the bench: gperf's table over the keys, and one short pass of the C bench"
bench/gperf/build.sh build/bench
"${CC:-cc}" -O2 -std=gnu99 -Wall -Wextra -Werror -DCALLS=1000 -DREPEATS=1 -Ibuild/stage/include \
    bench/c/bench.c build/bench/gperf_keys.o -o build/bench/bench build/stage/lib/libhttpcodes.a
build/bench/bench
say "a key equal to another under ASCII folding is refused, by name"
python3 "$root/tests/add-a-code/add_rows.py" "$work" --duplicate-key
if log="$(cargo build --locked -p httpcodes-core 2>&1)"; then
    echo "error: the build took a duplicate key" >&2
    exit 1
fi
grep -F "duplicate reverse-lookup key \"I'm a teapot\" (against \"I'm a Teapot\")" <<<"$log" >&2
say "passed"
