#!/usr/bin/env bash
# The Python suite in Pyodide (CPython 3.14 compiled to WebAssembly) under Node, against WHEEL:
#   tests/python/pyodide/run.sh WHEEL
# Offline once set up: npm's pinned `pyodide` package (package-lock.json), and the pinned test
# runner (tests/python/requirements-test.txt) downloaded once by pip as wheels, which run.mjs
# unpacks into Pyodide's file system beside WHEEL. Prints pytest's output; its last line is
# the counts.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../../tools/python.sh"
HERE="$REPO/tests/python/pyodide"
WHEELS="$REPO/build/pyodide-wheels"
REQUIREMENTS="$REPO/tests/python/requirements-test.txt"

[ $# = 1 ] || { echo "usage: $0 WHEEL" >&2; exit 2; }
if ! is_fresh "$HERE/node_modules/.package-lock.json" "$HERE/package-lock.json"; then
    (cd "$HERE" && npm ci --no-audit --no-fund --silent) >&2
fi
if ! is_fresh "$WHEELS/.stamp" "$REQUIREMENTS"; then
    rm -rf "$WHEELS" && mkdir -p "$WHEELS/runner"
    # Pyodide's Python (3.14) needs none of the pins marked for Pythons before 3.11.
    "$(venv_programs "$TOOLS_VERSION")/python" -m pip download --quiet --no-deps \
        --only-binary=:all: --python-version 3.14 --platform any --dest "$WHEELS/runner" \
        --requirement "$REQUIREMENTS" >&2
    touch "$WHEELS/.stamp"
fi
rm -f "$WHEELS"/*.whl
cp "$1" "$WHEELS/runner"/*.whl "$WHEELS/"
node "$HERE/run.mjs" "$REPO" "$WHEELS"
