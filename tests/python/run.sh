#!/usr/bin/env bash
# The Python door's front door, called by the root Makefile:
#   run.sh test  - build the abi3 wheel once, install it in a venv per Python, run pytest and
#                  stubtest (3.10+) on each. A Python that is not installed is skipped, saying so
#                  (a contributor's machine); HTTPCODES_SKIP_NOTHING=1 (.ci/run) requires them all.
#   run.sh test-pure - make the pure wheel (py3-none-any) from the abi3 one and run the whole
#                  suite against it on CPython 3.9 and 3.13, PyPy (Debian's pypy3) and Pyodide
#                  (CPython in WebAssembly, under Node), printing each one's counts
#   run.sh lint  - ruff, ruff format and mypy --strict over the sources; builds nothing
#   run.sh demo  - a short example of the package
#   run.sh differential INTS PHRASES OUT - the Python half of the cross-language differential test
#   run.sh differential-pure INTS PHRASES PURE_OUT PYPY_OUT - the same from the pure wheel, on
#                  CPython 3.13 and on PyPy: two more doors
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../tools/python.sh"
source "$(dirname "${BASH_SOURCE[0]}")/pure.sh"

# Every Python source of the repository.
SOURCES=(py/python py/examples tests/python tests/versions cli/tests tests/docs tests/dist tools
    bench/python tests/instructions fuzz/python fuzz/seed.py)

# The programs folder of the tools venv, with the wheel installed.
with_wheel() { install_wheel "$(build_wheel)" "$(venv_programs "$TOOLS_VERSION")" && venv_programs "$TOOLS_VERSION"; }

run_tests() {
    local wheel version programs log status=0 summary=()
    wheel="$(build_wheel)"
    for version in "${PYTHON_VERSIONS[@]}"; do
        if ! interpreter "$version" >/dev/null 2>&1; then
            skipped "Python $version is not installed here"
            summary+=("python $version: skipped, not installed here")
            continue
        fi
        programs="$(venv_programs "$version")"
        install_wheel "$wheel" "$programs"
        say "pytest on Python $version"
        log="$(mktemp)"
        # From tests/python, so nothing but the installed wheel can be imported as httpcodes.
        (cd "$REPO/tests/python" && HTTPCODES_WHEEL=abi3 "$programs/python" -m pytest -p no:cacheprovider -q) |
            tee "$log" ||
            status=1
        summary+=("python $version: $(tail -n 1 "$log")")
        rm -f "$log"
        case "$version" in 3.9.*) continue ;; esac # mypy runs on 3.10 and later
        say "stubtest on Python $version"
        # From .venv/, away from the sources, so the installed package is what gets checked.
        (cd "$VENVS" && "$programs/python" -m mypy.stubtest httpcodes) || status=1
    done
    printf '%s\n' "${summary[@]}"
    grep -q "passed" <<<"${summary[*]}" || { echo "error: no Python ran the suite" >&2; return 1; }
    return "$status"
}

# The suite, from tests/python, against what the venv whose programs folder is $1 has installed;
# prints its last line (the counts), and fails as pytest does.
pytest_counts() {
    local log status=0
    log="$(mktemp)"
    (cd "$REPO/tests/python" && HTTPCODES_WHEEL=pure "$1/python" -m pytest -p no:cacheprovider -q -rs) \
        >"$log" 2>&1 || status=1
    grep -E "^SKIPPED|(passed|failed|error)" "$log" | grep -v "^\." >&2 || true
    [ "$status" = 0 ] || cat "$log" >&2
    tail -n 1 "$log"
    rm -f "$log"
    return "$status"
}

run_pure_tests() {
    local wheel version label programs log status=0 summary=()
    wheel="$(build_pure_wheel)"
    for version in "${PURE_VERSIONS[@]}" pypy; do
        label="Python $version"
        [ "$version" != pypy ] || label="PyPy (pypy3)"
        # As for the abi3 wheel, a contributor's machine may lack one (.ci/run requires each).
        if ! pure_interpreter_here "$version"; then
            skipped "$label is not installed here"
            summary+=("pure wheel, $label: skipped, not installed here")
            continue
        fi
        say "pytest on $label, pure wheel"
        programs="$(pure_venv "$version" "$wheel")"
        summary+=("pure wheel, $(interpreter_name "$programs"): $(pytest_counts "$programs" || echo FAILED)")
    done
    say "pytest in Pyodide under Node, pure wheel"
    log="$(mktemp)"
    "$REPO/tests/python/pyodide/run.sh" "$wheel" >"$log" 2>&1 || status=1
    grep "^SKIPPED" "$log" >&2 || true
    [ "$status" = 0 ] || cat "$log" >&2
    summary+=("pure wheel, $(head -n 1 "$log"): $(tail -n 1 "$log")")
    rm -f "$log"
    printf '%s\n' "${summary[@]}"
    ! grep -q "FAILED\|failed\|error" <<<"${summary[*]}" || status=1
    return "$status"
}

cd "$REPO"
case "${1:-}" in
    test) run_tests ;;
    test-pure) run_pure_tests ;;
    lint)
        tools="$(venv_programs "$TOOLS_VERSION")"
        say "ruff" && "$tools/ruff" check --config py/pyproject.toml "${SOURCES[@]}"
        "$tools/ruff" format --check --config py/pyproject.toml "${SOURCES[@]}"
        say "mypy --strict" && "$tools/mypy" --config-file py/pyproject.toml "${SOURCES[@]}" ;;
    demo) "$(with_wheel)/python" py/examples/demo.py ;;
    differential) "$(with_wheel)/python" tests/python/differential.py "${@:2}" ;;
    differential-pure)
        pure="$(build_pure_wheel)"
        "$(pure_venv 3.13.0 "$pure")/python" tests/python/differential.py "$2" "$3" "$4"
        "$(pure_venv pypy "$pure")/python" tests/python/differential.py "$2" "$3" "$5" ;;
    *) echo "usage: $0 test|test-pure|lint|demo|differential INTS PHRASES OUT|differential-pure" >&2
       exit 2 ;;
esac
