#!/usr/bin/env bash
# Proves that adding a status code is one row in core/src/table.rs plus its lines in
# tests/vectors/statuses.tsv and facts.tsv (CONTRIBUTING.md): in a scratch copy of the workspace it
# adds the made-up 598 and an alias of it, which gives it an alias name too (not 599: forward.tsv keeps 599 as an unknown edge), checks that
# the generated files are then stale, runs `make generate`, and runs the Rust, C, Python and Node
# vector tests there. It then adds a key equal to an existing one under ASCII folding and checks
# that the build refuses it by name.
#   tests/add-a-code/run.sh
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
python3 - "$work" <<'PY'
import sys
from pathlib import Path

work = Path(sys.argv[1])
table = work / "core/src/table.rs"
text = table.read_text()
end = "\n}\n\nclass_table! {"
alias = '    "URI Too Long" URI_TOO_LONG => REQUEST_URI_TOO_LONG;\n'
assert end in text and alias in text, "table.rs changed shape: update tests/add-a-code/run.sh"
description = "A code made up to prove that adding one takes a row and its vectors."
row = f'\n    598 MADE_UP_STATUS "Made Up Status"\n        "{description}";'
text = text.replace(end, row + end)
text = text.replace(alias, alias + '    "Invented Status" INVENTED_STATUS => MADE_UP_STATUS;\n')
table.write_text(text)
vectors = work / "tests/vectors"
with (vectors / "statuses.tsv").open("a") as rows:
    rows.write("598\tMade Up Status\tMADE_UP_STATUS\tServer Error\t-\n")
with (vectors / "facts.tsv").open("a") as rows:
    rows.write(f"598\tMade Up Status\tnone\t{description}\n")
with (vectors / "aliases.tsv").open("a") as rows:
    rows.write("Invented Status\t598\n")
with (vectors / "alias_names.tsv").open("a") as rows:
    rows.write("INVENTED_STATUS\t598\n")
PY

cd "$work"
say "the generated files are stale until make generate (make lint runs this check)"
if cargo run --locked --quiet -p httpcodes-generate -- --check; then
    echo "error: the generator's check passed with stale files" >&2
    exit 1
fi
make --no-print-directory generate
grep -q "MADE_UP_STATUS = 598" py/python/httpcodes/__init__.pyi
grep -q '"MADE_UP_STATUS", 598, "Made Up Status"' py/python/httpcodes/_table.py
grep -q "MADE_UP_STATUS = 598" node/generated/table.d.ts
grep -q "HTTPCODES_STATUS_INVENTED_STATUS 598" include/httpcodes.h

say "Rust"
cargo test --locked --quiet -p httpcodes-core --test vectors
say "C"
make --no-print-directory stage >/dev/null
mkdir -p build/c
cc -std=c99 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Werror -Ibuild/stage/include tests/c/*.c \
    -o build/c/vectors build/stage/lib/libhttpcodes.a -lpthread
HTTPCODES_NO_RSS=1 build/c/vectors tests/vectors "$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)" 1000
say "Python"
# Debug builds: this test is about the table, not about speed.
export HTTPCODES_WHEEL_ARGS="--profile dev"
source tests/python/env.sh
venv="$(venv_for "$TOOLS_VERSION")"
install_wheel "$(build_wheel)" "$venv"
(cd tests/python && "$venv/bin/python" -m pytest -p no:cacheprovider -q \
    test_statuses.py test_reverse.py test_flags.py test_package.py)
say "Node"
# A debug addon, as for the wheel: the table is what is tested here.
(cd node && npm ci --no-audit --no-fund >/dev/null && node_modules/.bin/napi build --platform --no-js >/dev/null)
(cd tests/node && npm ci --no-audit --no-fund >/dev/null)
node --test tests/node/vectors.test.mjs

say "a key equal to another under ASCII folding is refused, by name"
sed -i 's|    "Invented Status" INVENTED_STATUS => MADE_UP_STATUS;|&\n    "I'"'"'m a teapot" => IM_A_TEAPOT;|' core/src/table.rs
if log="$(cargo build --locked -p httpcodes-core 2>&1)"; then
    echo "error: the build took a duplicate key" >&2
    exit 1
fi
grep -F "duplicate reverse-lookup key \"I'm a teapot\" (against \"I'm a Teapot\")" <<<"$log" >&2
say "passed"
