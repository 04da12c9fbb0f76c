#!/usr/bin/env bash
# `make test-runtimes`: installs the packed npm tarballs of DIST (the main package and the
# linux-x64-gnu one, made by `make dist`, or by its npm part here when DIST has none) into a
# fresh folder, and runs matrix.mjs there: Node 18 to 26, Bun, Deno, Chromium and Firefox (each
# as `tools/dev browser` finds it: Debian's here, Google Chrome and Firefox on ubuntu-latest).
#   tests/runtimes/run.sh DIST
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../tools/common.sh"
source "$REPO/tools/npm.sh"
dist="$1"
mkdir -p "$dist"
dist="$(cd "$dist" && pwd)"
version="$(python3 "$REPO/tools/dev" version)"
main="$dist/httpcodes-$version.tgz"
gnu="$dist/httpcodes-linux-x64-gnu-$version.tgz"
if [ ! -f "$main" ] || [ ! -f "$gnu" ]; then
    say "no npm tarballs in $dist: packing them (tools/dev dist --part node)"
    python3 "$REPO/tools/dev" dist "$dist" --part node
fi
python3 "$REPO/tools/dev" need chromium firefox-esr
say "the pinned runtimes (tests/runtimes/package.json)"
npm_ci "$REPO/tests/runtimes"
npm_ci "$REPO/tests/node"

app="$REPO/build/runtimes/app"
rm -rf "$app"
mkdir -p "$app"
cp "$REPO/tests/runtimes/check.mjs" "$REPO/tests/runtimes/check.cjs" "$app/"
echo '{ "name": "runtimes-app", "version": "1.0.0", "private": true }' >"$app/package.json"
say "installing $(basename "$main") and $(basename "$gnu") into $app"
(cd "$app" && npm install --offline --no-audit --no-fund --loglevel=error "$main" "$gnu" >&2)
node "$REPO/tests/runtimes/matrix.mjs" "$app"
