# Sourced by tests/dist/windows.sh after setup.sh: a fresh wine prefix in the scratch folder with
# one wineserver for the whole run, the bcryptprimitives stand-in, and `run_wine LOG PROGRAM ARG...`.
# Debian's and Ubuntu's wine64 package keep the 64-bit loader off PATH; elsewhere it is on PATH.
for wine in /usr/lib/wine/wine64 "$(command -v wine64 || true)" "$(command -v wine || true)"; do
    [ -x "$wine" ] && break
done
export WINEPREFIX="$scratch/wine" WINEDEBUG=-all
# One wineserver for the whole run, rather than one started and stopped for each program (the
# command's suite starts hundreds), stopped when the script exits.
wineserver="$(dirname "$wine")/wineserver64"
[ -x "$wineserver" ] || wineserver="$(dirname "$wine")/wineserver"
mkdir -p "$WINEPREFIX"
"$wineserver" --persistent
trap '"$wineserver" --kill 2>/dev/null; rm -rf "$scratch"' EXIT
"$wine" wineboot --init >/dev/null 2>&1
# wine 8 lacks bcryptprimitives.dll (Windows 10 and later have it): a stand-in, in the Windows
# folder of the fresh wine prefix, where a DLL's own imports are looked for too.
x86_64-w64-mingw32-gcc -shared -O2 -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
    "$root/tests/dist/wine/bcryptprimitives.c" -ladvapi32
# wine writes a program's stdout to a pipe badly (node.exe fails with EBADF): every program here
# writes to a file, which is then shown.
run_wine() {
    local log="$1"
    shift
    local status=0
    "$wine" "$@" >"$log" 2>&1 || status=$?
    cat "$log"
    return "$status"
}

