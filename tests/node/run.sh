#!/usr/bin/env bash
# The Node door's front door, for the root Makefile:
#   tests/node/run.sh test   install (npm ci), build the addon (release), run the addon crate's
#                            unit tests, every Node test and the tsc check of the types
#   tests/node/run.sh lint   ESLint over node/, tests/node/ and bench/node/
#   tests/node/run.sh build  build the addon (release) if any source is newer
#   tests/node/run.sh demo   build, then run node/examples/demo.mjs
# Works from a fresh clone; re-runs skip what is already up to date.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
package="$root/node"

# shellcheck source=../../node/scripts/setup.sh
source "$package/scripts/setup.sh"

case "${1:-}" in
  test)
    build_addon
    (cd "$root" && cargo test --locked --quiet -p httpcodes-node)
    npm_ci "$here"
    node --test "$here"/*.test.mjs
    ;;
  lint)
    npm_ci "$here"
    (cd "$root" && "$here/node_modules/.bin/eslint" --config tests/node/eslint.config.mjs --max-warnings 0 \
      node tests/node bench/node)
    ;;
  build)
    build_addon
    npm_ci "$here"
    ;;
  demo)
    build_addon
    node "$package/examples/demo.mjs"
    ;;
  *)
    echo "usage: $0 test|lint|build|demo" >&2
    exit 2
    ;;
esac
