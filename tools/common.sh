# Shell helpers every script of httpcodes sources: progress lines, freshness stamps and scratch
# folders. Source it; it sets REPO to the repository root. (Tool pins and set-up: tools/dev.)

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# One progress line on stderr, the same shape in every script.
say() { printf '==> %s\n' "$*" >&2; }

# Says that a check was skipped and why (what this machine lacks); CI, which must skip nothing,
# sets HTTPCODES_SKIP_NOTHING=1 and so fails there instead.
skipped() {
    [ -z "${HTTPCODES_SKIP_NOTHING:-}" ] || { echo "error: cannot skip: $*" >&2; exit 1; }
    say "skipped: $*"
}

# True when FILE exists and no file under the PATHS that follow is newer: what it was built
# from has not changed since.
is_fresh() {
    local file="$1"
    shift
    [ -e "$file" ] && [ -z "$(find "$@" -newer "$file" -print -quit 2>/dev/null)" ]
}

# Sets `scratch` to a new folder that is removed when the script exits.
make_scratch() {
    scratch="$(mktemp -d)"
    # shellcheck disable=SC2064 # the folder is known now
    trap "rm -rf '$scratch'" EXIT
}
