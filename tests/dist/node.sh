#!/usr/bin/env bash
# What a user on linux-x64 glibc gets from the release tarballs (`make dist`):
# the main and linux-x64-gnu tarballs install into a fresh directory, with cargo and rustc off
# PATH and no registry, and `require`, `import` and the default import answer the vectors from
# the prebuilt addon, which needs no glibc newer than 2.17.
#   tests/dist/node.sh OUTDIR
set -euo pipefail

# The Node suite's folder: its checks and its installed dev tools.
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../node" && pwd)"
out="$1"
version="$(python3 "$here/../../tools/dev" version)"
main="$out/httpcodes-$version.tgz"
gnu="$out/httpcodes-linux-x64-gnu-$version.tgz"
for tarball in "$main" "$gnu"; do
  [[ -f "$tarball" ]] || { echo "dist-test: no $tarball; run make dist" >&2; exit 1; }
done

# The newest glibc symbol version the prebuilt addon needs.
addon="$(tar -tzf "$gnu" | grep '\.node$')"
needed="$(tar -xzOf "$gnu" "$addon" | grep -aoE 'GLIBC_2\.[0-9]+' | sort -t. -k2,2n | tail -1)"
echo "dist-test: $addon needs at most $needed" >&2
[[ "${needed#GLIBC_2.}" -le 17 ]] || { echo "dist-test: $addon needs $needed, more than glibc 2.17" >&2; exit 1; }

# PATH without any directory that holds cargo or rustc.
path=""
IFS=: read -ra dirs <<<"$PATH"
for dir in "${dirs[@]}"; do
  [[ -x "$dir/cargo" || -x "$dir/rustc" ]] || path="${path:+$path:}$dir"
done

app="$(mktemp -d)"
trap 'rm -rf "$app"' EXIT
cp "$here/dist-check.mjs" "$app/check.mjs"
cp "$here/dist-check.cjs" "$app/check.cjs"
cd "$app"
echo '{ "name": "dist-test-app", "version": "1.0.0", "private": true }' >package.json
PATH="$path" bash -c '
  set -euo pipefail
  if command -v cargo || command -v rustc; then echo "dist-test: cargo or rustc still on PATH" >&2; exit 1; fi
  npm install --offline --no-audit --no-fund --loglevel=error "$1" "$2" >&2
  HTTPCODES_TESTS="$3" node check.mjs
  HTTPCODES_TESTS="$3" node check.cjs
' dist-test "$main" "$gnu" "$here"
echo "dist-test: require, import and the default import answer the vectors from $(basename "$gnu")" >&2
