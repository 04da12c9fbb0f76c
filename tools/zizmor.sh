#!/usr/bin/env bash
# zizmor, the GitHub Actions security linter, over .github/ (make lint): the pinned build from
# PyPI (tools/zizmor/requirements.txt), offline (this repository's files only, no GitHub API).
# It ignores nothing: a finding fails `make lint`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
bin="$(python3 "$REPO/tools/dev" venv "$REPO/build/tools/zizmor" "$REPO/tools/zizmor/requirements.txt")"
"$bin/zizmor" --offline "$REPO/.github"
