#!/usr/bin/env bash
# The Python door's front door, called by the root Makefile:
#   run.sh test  - build the abi3 wheel once, install it in a venv per Python, run pytest on each
#   run.sh lint  - ruff, ruff format, mypy --strict, stubtest and the stub's freshness
#   run.sh demo  - a short example of the package
#   run.sh generate - rewrite the generated stub (python/httpcodes/__init__.pyi) from the build
#   run.sh differential INTS PHRASES OUT - the Python half of the cross-language differential test
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

# Every Python source of the door.
SOURCES=(py/python py/tools py/examples tests/python tests/release tests/cli tests/docs tools bench/python)

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
    done
    printf '%s\n' "${summary[@]}"
    return "$status"
}

run_lint() {
    local wheel version venv tools
    wheel="$(build_wheel)"
    tools="$(venv_for "$TOOLS_VERSION")/bin"
    cd "$REPO"
    say "ruff"
    "$tools/ruff" check --config py/pyproject.toml "${SOURCES[@]}"
    "$tools/ruff" format --check --config py/pyproject.toml "${SOURCES[@]}"
    say "mypy --strict"
    "$tools/mypy" --config-file py/pyproject.toml "${SOURCES[@]}"
    for version in "${PYTHON_VERSIONS[@]}"; do
        case "$version" in 3.9.*) continue ;; esac # mypy runs on 3.10 and later
        venv="$(venv_for "$version")"
        install_wheel "$wheel" "$venv"
        say "stubtest on Python $version"
        # From .venv/, away from the sources, so the installed package is what gets checked
        # (and mypy's cache lands in an ignored folder).
        (cd "$VENVS" && "$venv/bin/python" -m mypy.stubtest httpcodes)
    done
    say "stub freshness"
    "$tools/python" py/tools/generate.py --check
}

run_demo() {
    local wheel venv
    wheel="$(build_wheel)"
    venv="$(venv_for "$TOOLS_VERSION")"
    install_wheel "$wheel" "$venv"
    "$venv/bin/python" "$REPO/py/examples/demo.py"
}

# Rewrites the generated stub from the freshly built wheel.
run_generate() {
    local wheel venv
    wheel="$(build_wheel)"
    venv="$(venv_for "$TOOLS_VERSION")"
    install_wheel "$wheel" "$venv"
    "$venv/bin/python" "$REPO/py/tools/generate.py"
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
    generate) run_generate ;;
    differential) run_differential "${@:2}" ;;
    *)
        echo "usage: $0 test|lint|demo|generate|differential INTS PHRASES OUT" >&2
        exit 2
        ;;
esac
