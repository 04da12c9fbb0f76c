#!/usr/bin/env bash
# The C door's suite, called by `make test-c` with the staged install (build/stage) and the
# std build's static library: as C99 against the installed shared library; as C++17 against the
# static library; under AddressSanitizer and UBSan; and both under valgrind where it is installed.
#   tests/c/run.sh STAGE STATIC_LIB VERSION
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../tools/common.sh"
[ $# -eq 3 ] || { echo "usage: $0 STAGE STATIC_LIB VERSION" >&2; exit 2; }
stage="$1" static="$2" version="$3"
cd "$REPO"
out=build/c
mkdir -p "$out"
vectors=tests/vectors
# What the std build's static library needs from the system, as rustc's native-static-libs says.
case "$(uname -s)" in
    MINGW* | MSYS* | CYGWIN*)
        system=(-lkernel32 -lntdll -luserenv -lws2_32 -ldbghelp -lpthread)
        export PATH="$stage/bin:$PATH" ;; # where a program finds the stage's httpcodes.dll
    *) system=(-lpthread -ldl -lm) ;;
esac

say "C99 against the installed shared library"
tests/c/compile.sh c99 "${CC:-cc}" "$out/test_c99" -I"$stage/include" -L"$stage/lib" -lhttpcodes \
    -lpthread
LD_LIBRARY_PATH="$stage/lib" "$out/test_c99" "$vectors" "$version"

say "C++17 against the static library"
tests/c/compile.sh c++17 "${CXX:-c++}" "$out/test_cxx" -Iinclude "$static" "${system[@]}"
"$out/test_cxx" "$vectors" "$version"

sanitizers=(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
if echo 'int main(void) { return 0; }' | "${CC:-cc}" -x c "${sanitizers[@]}" - -o "$out/probe" 2>/dev/null; then
    say "C99 under AddressSanitizer and UBSan"
    tests/c/compile.sh c99 "${CC:-cc}" "$out/test_asan" "${sanitizers[@]}" -I"$stage/include" \
        "$stage/lib/libhttpcodes.a" -lpthread
    "$out/test_asan" "$vectors" "$version"
else
    skipped "${CC:-cc} cannot build with AddressSanitizer here (MinGW's gcc has none)"
fi

if command -v valgrind >/dev/null; then
    say "valgrind over the shared and the static builds"
    export HTTPCODES_NO_RSS=1
    for program in "$out/test_c99" "$out/test_cxx"; do
        LD_LIBRARY_PATH="$stage/lib" valgrind --error-exitcode=9 --leak-check=full \
            --errors-for-leak-kinds=all "$program" "$vectors" "$version" 100000
    done
else
    # macOS and Windows have no valgrind: AddressSanitizer above is the memory check where it runs.
    skipped "valgrind is not installed here (AddressSanitizer and UBSan ran instead)"
fi

say "versions of the installed library"
python3 tests/versions/versions.py --stage "$stage"
