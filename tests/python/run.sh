#!/usr/bin/env bash
# The Python door's front door, called by the root Makefile:
#   run.sh test  - build the abi3 wheel once, install it in a venv per Python, run pytest and
#                  stubtest (3.10+) on each. A Python that is not installed is skipped, saying so
#                  (a contributor's machine); HTTPCODES_SKIP_NOTHING=1 (.ci/run) requires them all.
#   run.sh lint  - ruff, ruff format and mypy --strict over the sources; builds nothing
#   run.sh demo  - a short example of the package
#   run.sh differential INTS PHRASES OUT - the Python half of the cross-language differential test
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../tools/python.sh"

# Every Python source of the repository.
SOURCES=(py/python py/examples tests/python tests/versions tests/cli tests/docs tests/dist tools
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
        (cd "$REPO/tests/python" && "$programs/python" -m pytest -p no:cacheprovider -q) | tee "$log" ||
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

cd "$REPO"
case "${1:-}" in
    test) run_tests ;;
    lint)
        tools="$(venv_programs "$TOOLS_VERSION")"
        say "ruff" && "$tools/ruff" check --config py/pyproject.toml "${SOURCES[@]}"
        "$tools/ruff" format --check --config py/pyproject.toml "${SOURCES[@]}"
        say "mypy --strict" && "$tools/mypy" --config-file py/pyproject.toml "${SOURCES[@]}" ;;
    demo) "$(with_wheel)/python" py/examples/demo.py ;;
    differential) "$(with_wheel)/python" tests/python/differential.py "${@:2}" ;;
    *) echo "usage: $0 test|lint|demo|differential INTS PHRASES OUT" >&2; exit 2 ;;
esac
