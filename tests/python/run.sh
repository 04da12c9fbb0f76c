#!/usr/bin/env bash
# The Python door's front door, called by the root Makefile:
#   run.sh test  - build the abi3 wheel once, install it in a venv per Python, run pytest and
#                  stubtest (3.10+) on each
#   run.sh lint  - ruff, ruff format and mypy --strict over the sources; builds nothing
#   run.sh demo  - a short example of the package
#   run.sh differential INTS PHRASES OUT - the Python half of the cross-language differential test
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

# Every Python source of the door.
SOURCES=(py/python py/examples tests/python tests/versions tests/cli tests/docs tests/dist tools bench/python tests/instructions fuzz/python fuzz/seed.py)

run_tests() {
    local wheel version venv log status=0 summary=()
    wheel="$(build_wheel)"
    for version in "${PYTHON_VERSIONS[@]}"; do
        venv="$(venv_for "$version")"
        install_wheel "$wheel" "$venv"
        say "pytest on Python $version"
        log="$(mktemp)"
        # From tests/python, so nothing but the installed wheel can be imported as httpcodes.
        if ! (cd "$REPO/tests/python" && "$venv/bin/python" -m pytest -p no:cacheprovider -q) |
            tee "$log"; then
            status=1
        fi
        summary+=("python $version: $(tail -n 1 "$log")")
        rm -f "$log"
        case "$version" in 3.9.*) continue ;; esac # mypy runs on 3.10 and later
        say "stubtest on Python $version"
        # From .venv/, away from the sources, so the installed package is what gets checked
        # (and mypy's cache lands in an ignored folder).
        (cd "$VENVS" && "$venv/bin/python" -m mypy.stubtest httpcodes) || status=1
    done
    printf '%s\n' "${summary[@]}"
    return "$status"
}

run_lint() {
    local tools
    tools="$(venv_for "$TOOLS_VERSION")/bin"
    cd "$REPO"
    say "ruff"
    "$tools/ruff" check --config py/pyproject.toml "${SOURCES[@]}"
    "$tools/ruff" format --check --config py/pyproject.toml "${SOURCES[@]}"
    say "mypy --strict"
    "$tools/mypy" --config-file py/pyproject.toml "${SOURCES[@]}"
}

run_demo() {
    local wheel venv
    wheel="$(build_wheel)"
    venv="$(venv_for "$TOOLS_VERSION")"
    install_wheel "$wheel" "$venv"
    "$venv/bin/python" "$REPO/py/examples/demo.py"
}

run_differential() {
    local wheel venv
    wheel="$(build_wheel)"
    venv="$(venv_for "$TOOLS_VERSION")"
    install_wheel "$wheel" "$venv"
    "$venv/bin/python" "$REPO/tests/python/differential.py" "$@"
}

case "${1:-}" in
    test) run_tests ;;
    lint) run_lint ;;
    demo) run_demo ;;
    differential) run_differential "${@:2}" ;;
    *)
        echo "usage: $0 test|lint|demo|differential INTS PHRASES OUT" >&2
        exit 2
        ;;
esac
