# The pure wheel's set-up, shared by the Python suite (run.sh test-pure) and the bench (sourced
# after tools/python.sh, not run): the wheel itself, and a venv per interpreter it runs on.

PURE_WHEEL_DIR="$REPO/target/python-pure-wheel"
# Where the pure wheel runs besides PyPy and Pyodide: the oldest and newest CPython.
PURE_VERSIONS=(3.9.18 3.13.0)

# The pure wheel (py3-none-any), made from the abi3 wheel without its native module
# (tools/dev/pure_wheel.py); prints its path.
build_pure_wheel() {
    local wheel
    wheel="$(build_wheel)"
    rm -rf "$PURE_WHEEL_DIR" && mkdir -p "$PURE_WHEEL_DIR"
    python3 "$REPO/tools/dev/pure_wheel.py" "$wheel" "$PURE_WHEEL_DIR"
}

# Whether the interpreter of a pure run is here: CPython VERSION, or `pypy`, which Debian's
# pypy3 package provides (installed where it can be).
pure_interpreter_here() {
    if [ "$1" = pypy ]; then
        python3 "$REPO/tools/dev" need pypy3 >&2
    else
        interpreter "$1" >/dev/null 2>&1
    fi
}

# The programs folder of a venv with the pinned test runner and the pure wheel WHEEL ($2), for
# CPython VERSION or `pypy` ($1): Debian's pypy3, installed where missing.
pure_venv() {
    local programs
    if [ "$1" = pypy ]; then
        python3 "$REPO/tools/dev" need pypy3 >&2
        programs="$(python3 "$REPO/tools/dev" venv "$VENVS/pypy3" \
            "$REPO/tests/python/requirements-test.txt" --python pypy3)"
    else
        programs="$(python3 "$REPO/tools/dev" venv "$VENVS/pure${1%.*}" \
            "$REPO/tests/python/requirements-test.txt" --python "$(interpreter "$1")")"
    fi
    install_wheel "$2" "$programs"
    echo "$programs"
}

# How a summary names the interpreter of PROGRAMS: `CPython 3.13.0`, `PyPy 7.3.11 (Python 3.9.16)`.
interpreter_name() {
    "$1/python" -c 'import platform, sys
name, version = platform.python_implementation(), platform.python_version()
print(name, ".".join(map(str, sys.pypy_version_info[:3])) + f" (Python {version})" if name == "PyPy" else version)'
}
