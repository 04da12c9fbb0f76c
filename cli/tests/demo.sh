#!/usr/bin/env bash
# A few lookups, as a user would type them (`make demo-cli`).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
bin="$root/target/debug/httpcodes"
(cd "$root" && ${CARGO:-cargo} build --locked --quiet -p httpcodes-cli)
for args in "426" "--json|not found" "payload too large" "5xx" "--search|teapot" "--json|503|499"; do
    IFS='|' read -r -a argv <<<"$args"
    printf '$ httpcodes'
    for arg in "${argv[@]}"; do
        case "$arg" in *" "*) printf ' "%s"' "$arg" ;; *) printf ' %s' "$arg" ;; esac
    done
    printf '\n'
    "$bin" "${argv[@]}" 2>&1 || true
done
printf '$ httpcodes --format markdown | head -n 12\n'
"$bin" --format markdown | head -n 12
