#!/usr/bin/env bash
# The Node door's front door, for the root Makefile:
#   tests/node/run.sh test   install (npm ci), build the addon (addon profile), run the addon crate's
#                            unit tests, then the whole Node suite twice: as is (the addon), and
#                            with every addon hidden (the pure-JS build). The suite holds the
#                            vectors, the headless-Chromium page, the comparison with the
#                            installed http-status-codes (its differences listed in
#                            tests/compat/http-status-codes.json) and the tsc import styles.
#   tests/node/run.sh lint   ESLint over node/, tests/node/ and bench/node/
#   tests/node/run.sh dist-test OUTDIR
#                            install OUTDIR's main and linux-x64-gnu tarballs (make dist)
#                            into a fresh directory, with cargo and rustc off PATH, and check
#                            `require`, `import` and the default import answer the vectors
#   tests/node/run.sh build  build the addon (addon profile) if any source is newer
#   tests/node/run.sh demo   build, then run node/examples/demo.mjs
# Works from a fresh clone; re-runs skip what is already up to date.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
package="$root/node"

# shellcheck source=../../tools/npm.sh
source "$root/tools/npm.sh"

case "${1:-}" in
  test)
    build_addon
    (cd "$root" && cargo test --locked --quiet -p httpcodes-node -p httpcodes-node-table)
    npm_ci "$here"
    echo '== Node suite, addon' >&2
    node --test "$here"/*.test.mjs
    echo '== Node suite again, every addon hidden (the pure-JS build)' >&2
    NODE_OPTIONS="--require=$here/hide-addon.cjs" HTTPCODES_EXPECT_BACKEND=js node --test "$here"/*.test.mjs
    ;;
  dist-test)
    [[ -n "${2:-}" ]] || { echo "usage: $0 dist-test OUTDIR" >&2; exit 2; }
    npm_ci "$here"
    "$root/tests/dist/node.sh" "$(cd "$2" && pwd)"
    ;;
  lint)
    npm_ci "$here"
    (cd "$root" && "$here/node_modules/.bin/eslint" --config tests/node/eslint.config.mjs --max-warnings 0 \
      node tests/node tests/servers bench/node tests/runtimes tools/actionlint fuzz/node)
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
    echo "usage: $0 test|lint|build|demo|dist-test OUTDIR" >&2
    exit 2
    ;;
esac
