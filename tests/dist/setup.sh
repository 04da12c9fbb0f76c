# Sourced by the install tests of the C tarballs, with DIST as $1: sets `root`, `dist` (absolute),
# `version` and a `scratch` folder removed on exit, and puts the release tools on PATH.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$root/tools/common.sh"
dist="$(cd "$1" && pwd)"
version="$(python3 "$root/tools/dev" version)"
make_scratch
PATH="$(python3 "$root/tools/dev" release-path)"
export PATH
