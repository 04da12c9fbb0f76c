"""What the installed httpcodes answers from, and the marks of the tests that need more than every
Python offers: the native module, a thread, or a process of their own. Each such test carries its
mark, so a skip always names why."""

import importlib.util
import sys

import pytest

# The abi3 wheel holds the native module; the pure wheel (py3-none-any) answers from `_pure`.
NATIVE = importlib.util.find_spec("httpcodes._httpcodes") is not None
LOOKUPS = "httpcodes._httpcodes" if NATIVE else "httpcodes._pure"
# Pyodide: CPython compiled to WebAssembly (in a browser, or in Node as `make test` runs it).
IN_PYODIDE = sys.platform == "emscripten"

needs_native = pytest.mark.skipif(
    not NATIVE, reason="compares the native module httpcodes._httpcodes, which the pure wheel lacks"
)
needs_threads = pytest.mark.skipif(IN_PYODIDE, reason="Pyodide (WebAssembly) cannot start a thread")
needs_processes = pytest.mark.skipif(
    IN_PYODIDE, reason="Pyodide (WebAssembly) cannot start a process"
)
# The peak memory a process used, as Unix's `resource` module reads it.
needs_resource = pytest.mark.skipif(
    sys.platform == "win32", reason="reads peak memory with the resource module, Unix's only"
)
