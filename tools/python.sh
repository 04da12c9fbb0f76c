# Python set-up shared by the Python door, the docs, the fuzzing, the instruction counts and the
# install tests (sourced, not run): interpreters, pinned venvs, the wheel. Everything lands in
# <repo>/.venv (git-ignored) and <repo>/target; re-runs reuse what is current.

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
VENVS="$REPO/.venv"
WHEEL_DIR="$REPO/target/python-wheel"
# The Pythons the tests run on; the first that mypy supports also builds and lints.
PYTHON_VERSIONS=(3.9.18 3.10.13 3.11.7 3.12.1 3.13.0)
TOOLS_VERSION=3.11.7
WHEEL_SIZE_GOAL=$((200 * 1024))
export PIP_DISABLE_PIP_VERSION_CHECK=1
export RUFF_CACHE_DIR="$VENVS/ruff-cache"
export MYPY_CACHE_DIR="$VENVS/mypy-cache"

# The interpreter for VERSION (e.g. 3.9.18): pyenv's build of it, else pythonX.Y on PATH, else
# the one Windows' `py` launcher knows for X.Y.
interpreter() {
    local version="$1" minor="${1%.*}" root candidate
    root="$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")"
    for candidate in "$root/versions/$version/bin/python3" "$(command -v "python$minor" || true)" \
        "$(py "-$minor" -c 'import pathlib, sys; print(pathlib.Path(sys.executable).as_posix())' 2>/dev/null || true)"; do
        if [ -n "$candidate" ] && [ -x "$candidate" ] &&
            "$candidate" -c "import sys; sys.exit(sys.version_info[:2] != tuple(map(int, '$minor'.split('.'))))" 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    echo "error: Python $version not found (pyenv install $version)" >&2
    return 1
}

# The programs folder (bin/, Scripts/ on Windows) of the venv for VERSION with exactly the pinned
# test runner, and the linters where mypy runs (Python 3.10 and later); remade when the
# interpreter or a pin changes.
venv_programs() {
    local requirements=("$REPO/tests/python/requirements-test.txt")
    case "$1" in 3.9.*) ;; *) requirements+=("$REPO/tests/python/requirements-lint.txt") ;; esac
    python3 "$REPO/tools/dev" venv "$VENVS/py${1%.*}" "${requirements[@]}" --python "$(interpreter "$1")"
}

# Builds the abi3 wheel (release) as a user's `pip wheel ./py` does and prints its path; a wheel
# newer than its sources is reused. HTTPCODES_WHEEL_ARGS adds maturin options (`--profile dev`).
build_wheel() {
    local wheel
    wheel="$(echo "$WHEEL_DIR"/httpcodes_py-*.whl)"
    if ! is_fresh "$wheel" "$REPO/core" "$REPO/py" "$REPO/Cargo.toml" "$REPO/Cargo.lock"; then
        say "building the wheel"
        rm -rf "$WHEEL_DIR"
        MATURIN_PEP517_ARGS="--locked ${HTTPCODES_WHEEL_ARGS:-}" "$(venv_programs "$TOOLS_VERSION")/python" \
            -m pip wheel --quiet --no-deps --wheel-dir "$WHEEL_DIR" "$REPO/py" >&2
        wheel="$(echo "$WHEEL_DIR"/httpcodes_py-*-abi3-*.whl)"
        [ -f "$wheel" ] || { echo "error: no abi3 wheel in $WHEEL_DIR" >&2; return 1; }
        say "$(basename "$wheel"): $(wc -c <"$wheel") bytes (goal <= $WHEEL_SIZE_GOAL)"
    fi
    echo "$wheel"
}

# Installs WHEEL into the venv whose programs folder is PROGRAMS, replacing any earlier build.
install_wheel() { "$2/python" -m pip install --quiet --no-deps --force-reinstall "$1" >&2; }
