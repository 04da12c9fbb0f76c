#!/usr/bin/env bash
# `cargo deny check licenses bans sources` with the pinned cargo-deny, against deny.toml.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
deny="$(cargo_tool cargo-deny 0.20.2)"
cd "$REPO"
"$deny" deny --log-level warn check licenses bans sources
