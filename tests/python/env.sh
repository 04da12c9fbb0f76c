# Set-up shared by the Python door's scripts (sourced, not run): interpreters, venvs, the wheel.
# Everything lands in <repo>/.venv (git-ignored) and <repo>/target; re-runs reuse what is current.

source "$(dirname "${BASH_SOURCE[0]}")/../../tools/common.sh"
VENVS="$REPO/.venv"
WHEEL_DIR="$REPO/target/python-wheel"
REQUIREMENTS="$REPO/tests/python"
# The Pythons the tests run on; the first that mypy supports also builds and lints.
PYTHON_VERSIONS=(3.9.18 3.10.13 3.11.7 3.12.1 3.13.0)
TOOLS_VERSION=3.11.7
WHEEL_SIZE_GOAL=$((200 * 1024))

export PIP_DISABLE_PIP_VERSION_CHECK=1
export RUFF_CACHE_DIR="$VENVS/ruff-cache"
export MYPY_CACHE_DIR="$VENVS/mypy-cache"

# The interpreter for VERSION (e.g. 3.9.18): pyenv's build of it, else pythonX.Y on PATH.
interpreter() {
    local version="$1" minor="${1%.*}" root candidate
    root="$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")"
    for candidate in "$root/versions/$version/bin/python3" "$(command -v "python$minor" || true)"; do
        if [ -n "$candidate" ] && [ -x "$candidate" ] &&
            "$candidate" -c "import sys; sys.exit(sys.version_info[:2] != tuple(map(int, '$minor'.split('.'))))" 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    echo "error: Python $version not found (pyenv install $version)" >&2
    return 1
}

# The requirements files a venv of VERSION gets: the test runner, plus the linters where mypy runs
# (it needs Python 3.10 or later).
requirements_for() {
    echo "$REQUIREMENTS/requirements-test.txt"
    case "$1" in 3.9.*) ;; *) echo "$REQUIREMENTS/requirements-lint.txt" ;; esac
}

# Prints the venv for VERSION, made (or remade, when its interpreter or pinned requirements
# changed) with exactly the pinned packages.
venv_for() {
    local version="$1" venv="$VENVS/py${1%.*}" python wanted files=()
    python="$(interpreter "$version")"
    mapfile -t files < <(requirements_for "$version")
    wanted="$("$python" -VV | tr -d '\n'; cat "${files[@]}" | sha256sum)"
    if [ "$(cat "$venv/.httpcodes-stamp" 2>/dev/null)" != "$wanted" ] ||
        ! "$venv/bin/python" -c "" 2>/dev/null; then
        say "creating $venv"
        rm -rf "$venv"
        "$python" -m venv "$venv"
        local file
        for file in "${files[@]}"; do
            "$venv/bin/python" -m pip install --quiet --requirement "$file" >&2
        done
        "$venv/bin/python" -m pip check >&2
        printf '%s' "$wanted" >"$venv/.httpcodes-stamp"
    fi
    echo "$venv"
}

# Builds the abi3 wheel (release) the way a user's `pip wheel ./py` does, and prints its path;
# a wheel newer than every source it is built from is reused, so `make test` builds it once.
build_wheel() {
    local tools wheel size
    wheel="$(echo "$WHEEL_DIR"/httpcodes_py-*.whl)"
    if is_fresh "$wheel" "$REPO/core" "$REPO/py" "$REPO/Cargo.toml" "$REPO/Cargo.lock"; then
        say "reusing $(basename "$wheel")"
        echo "$wheel"
        return
    fi
    tools="$(venv_for "$TOOLS_VERSION")"
    say "building the wheel"
    rm -rf "$WHEEL_DIR"
    # HTTPCODES_WHEEL_ARGS adds maturin options (the add-a-code test builds `--profile dev`).
    MATURIN_PEP517_ARGS="--locked ${HTTPCODES_WHEEL_ARGS:-}" "$tools/bin/python" -m pip wheel --quiet --no-deps \
        --wheel-dir "$WHEEL_DIR" "$REPO/py" >&2
    wheel="$(echo "$WHEEL_DIR"/httpcodes_py-*.whl)"
    case "$(basename "$wheel")" in
        *-abi3-*) ;;
        *) echo "error: $wheel is not an abi3 wheel" >&2; return 1 ;;
    esac
    size="$(stat -c %s "$wheel")"
    say "$(basename "$wheel"): $size bytes (goal <= $WHEEL_SIZE_GOAL: $([ "$size" -le "$WHEEL_SIZE_GOAL" ] && echo PASS || echo MISS))"
    echo "$wheel"
}

# Installs WHEEL into VENV, replacing any earlier build.
install_wheel() {
    "$2/bin/python" -m pip install --quiet --no-deps --force-reinstall "$1" >&2
}
