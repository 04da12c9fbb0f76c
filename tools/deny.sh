#!/usr/bin/env bash
# `cargo deny check licenses bans sources` with the pinned cargo-deny, against deny.toml.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
deny="$(python3 "$REPO/tools/dev" cargo-tool cargo-deny)"
cd "$REPO"
"$deny" deny --log-level warn check licenses bans sources
