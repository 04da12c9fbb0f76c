"""The Python door under atheris: `python fuzz_httpcodes.py [libFuzzer flags] CORPUS...`.

The checks and their oracle are in checks.py; twin.py holds the pure-Python lookups (`_pure`,
the pure wheel's) to the native module's answers and errors on every input. httpcodes' Python
modules, `_pure` among them, are instrumented, so
coverage guides the inputs through the enums, the wrappers and the oracle's branches; the
native lookups are core's own code, which the core targets fuzz with coverage (fuzz/README.md).
"""

import sys

import atheris  # type: ignore[import-untyped]

# The oracle is instrumented too: its branches tell the fuzzer which kinds of value and which
# answers an input has reached.
with atheris.instrument_imports(include=["httpcodes", "checks", "twin"]):
    import checks
    import twin

    import httpcodes
    import httpcodes._table

# Load the native module and every name now, so the first input costs what the others do.
for _name in httpcodes.__all__:
    getattr(httpcodes, _name)


def check(data: bytes) -> None:
    checks.check(data)
    twin.check(data)


def main() -> None:
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
