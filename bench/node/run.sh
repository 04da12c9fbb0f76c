#!/usr/bin/env bash
# The Node door's bench, for the root Makefile: installs the pinned peers (statuses 2.0.2,
# http-status-codes 2.3.0) with `npm ci`, builds the addon (addon profile) if needed, prints a table.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
package="$(cd "$here/../../node" && pwd)"

# shellcheck source=../../tools/npm.sh
source "$here/../../tools/npm.sh"

build_addon
npm_ci "$here"
node "$here/bench.mjs"
