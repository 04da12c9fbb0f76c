#!/usr/bin/env bash
# The npm artifacts of a release, into OUTDIR, the napi-rs way: the addon for each target built
# here (Linux gnu against glibc 2.17 and musl, x86_64 and aarch64, and macOS arm64 and x86_64,
# cross-built with zig; Windows x64 with Debian's mingw-w64), each in its platform package
# (npm/<platform>, filled by `napi artifacts`), and the main package with an optionalDependency
# on every platform package (`napi pre-publish`, without publishing). win32-x64-msvc is listed in
# napi.targets for the release workflow, which builds it natively.
#   tools/dist/node.sh OUTDIR
# Prints one line per tarball: artifact <TAB> target <TAB> size in bytes.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
package="$root/node"
[[ -n "${1:-}" ]] || { echo "usage: $0 OUTDIR" >&2; exit 2; }
mkdir -p "$1"
out="$(cd "$1" && pwd)"

# shellcheck source=../../tools/dist/env.sh
source "$root/tools/dist/env.sh"
# shellcheck source=../../node/scripts/setup.sh
source "$package/scripts/setup.sh"

# Rust target, then the name napi build gives it (gnu ones pinned to glibc 2.17 by zig).
targets=(
  "x86_64-unknown-linux-gnu x86_64-unknown-linux-gnu.2.17"
  "aarch64-unknown-linux-gnu aarch64-unknown-linux-gnu.2.17"
  "x86_64-unknown-linux-musl x86_64-unknown-linux-musl"
  "aarch64-unknown-linux-musl aarch64-unknown-linux-musl"
  "aarch64-apple-darwin aarch64-apple-darwin"
  "x86_64-apple-darwin x86_64-apple-darwin"
  "x86_64-pc-windows-gnu x86_64-pc-windows-gnu"
)

dist_tools
dist_targets x86_64-unknown-linux-gnu aarch64-unknown-linux-gnu x86_64-unknown-linux-musl \
  aarch64-unknown-linux-musl aarch64-apple-darwin x86_64-apple-darwin x86_64-pc-windows-gnu
dist_mingw
npm_ci "$package"
napi="$package/node_modules/.bin/napi"

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT

# The main package as `npm pack` would take it, and the platform packages, in a scratch copy:
# pre-publish writes into package.json, which stays as committed in node/.
(cd "$package" && cp -R package.json README.md index.js index.mjs index.d.ts index.d.mts api.js loader.js \
  generated npm "$stage/")

# napi's build script for windows-gnu insists on a libnode.dll to link against; the addon looks
# Node-API up in node.exe at load time (node/Cargo.toml), so an empty DLL satisfies the script
# and nothing is imported from it (tests/dist/inspect_binaries.py checks the imports).
mkdir -p "$stage/libnode"
: >"$stage/libnode/empty.c"
x86_64-w64-mingw32-gcc -shared -o "$stage/libnode/libnode.dll" "$stage/libnode/empty.c"
export LIBNODE_PATH="$stage/libnode"

for entry in "${targets[@]}"; do
  read -r target build <<<"$entry"
  say "addon for $build"
  # mingw links the Windows addon; zig (napi's --cross-compile) every other.
  cross=(--cross-compile)
  [[ "$build" == *windows* ]] && cross=()
  (cd "$package" && for_target "$target" "$napi" build --platform --release \
    --no-js "${cross[@]}" --target "$build" --output-dir "$stage/artifacts" >&2)
done
# `napi artifacts` and `napi pre-publish` want an addon for every target: give them the config of
# the targets built here, so the main package depends on the platform packages packed with it.
(cd "$stage" && node -e "
  const { napi } = require('./package.json');
  const built = process.argv.slice(1);
  require('fs').writeFileSync('napi.here.json', JSON.stringify({ ...napi, targets: napi.targets.filter((t) => built.includes(t)) }));
" "${targets[@]%% *}")
(cd "$stage" && "$napi" artifacts --config-path napi.here.json --output-dir artifacts --npm-dir npm >&2)
(cd "$stage" && "$napi" pre-publish --config-path napi.here.json --no-gh-release --skip-optional-publish \
  --npm-dir npm >&2)
# artifacts also drops each addon beside the main package; the main package ships none.
rm -f "$stage"/httpcodes.*.node
for file in index.js index.mjs generated/js.mjs; do
  cmp -s "$package/$file" "$stage/$file" || { echo "dist.sh: napi changed $file" >&2; exit 1; }
done

# Refuse a main package whose loader finds no addon: with this host's platform package where
# npm would install it, the staged package must answer from the addon, not the JS build.
host="$(node -p "process.platform + '-' + process.arch")-gnu"
mkdir -p "$stage/node_modules"
ln -s "$stage/npm/$host" "$stage/node_modules/httpcodes-$host"
if ! (cd "$stage" && node -e "
  const { table, backend, failures } = require('./loader.js')();
  if (backend !== 'native') { console.error(failures.join('\n')); process.exit(1); }
  if (table.version !== require('./package.json').version) process.exit(1);
  const deps = require('./package.json').optionalDependencies || {};
  if (!deps['httpcodes-$host']) { console.error('no optionalDependency on httpcodes-$host'); process.exit(1); }
"); then
  echo "dist.sh: the main package's loader finds no addon through httpcodes-$host; not packing it" >&2
  exit 1
fi
rm -rf "$stage/node_modules" "$stage/artifacts" "$stage/napi.here.json" "$stage/libnode"

# artifact <TAB> target <TAB> bytes, for the tarball npm pack wrote to $out.
# Each package carries the licenses (npm packs the LICENSE files of a package's root, but never a
# symbolic link, so they are copied from the repository's root here).
pack() {
  local dir="$1" target="$2" file
  cp "$package/../LICENSE-MIT" "$package/../LICENSE-APACHE" "$dir/"
  file="$(cd "$dir" && npm pack --silent --pack-destination "$out")"
  printf '%s\t%s\t%s\n' "$file" "$target" "$(stat -c %s "$out/$file")"
}

for entry in "${targets[@]}"; do
  read -r target _ <<<"$entry"
  # The platform names napi-rs gives the targets: linux-x64-gnu, darwin-arm64, win32-x64-gnu.
  platform="$(node -p "
    const [arch, , os, abi] = '$target'.split('-');
    const cpu = { x86_64: 'x64', aarch64: 'arm64' }[arch];
    os === 'linux' ? ['linux', cpu, abi].join('-') : os === 'darwin' ? 'darwin-' + cpu : 'win32-' + cpu + '-' + abi")"
  [[ -f "$stage/npm/$platform/httpcodes.$platform.node" ]] || { echo "dist.sh: no addon for $platform" >&2; exit 1; }
  pack "$stage/npm/$platform" "$target"
done
pack "$stage" "any (loader and pure-JS build)"
