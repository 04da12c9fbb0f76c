"""The pure-Python lookups (`httpcodes._pure`, all the pure wheel has) are the native module's
twin: the same names, answers and errors for every input; and the suite tests the wheel it says."""

import http
import os
import sys
from collections.abc import Callable

import pytest

import httpcodes
from httpcodes import _lookups, _pure

import backend
import vectors

# What the native module exports (its stub, `_httpcodes.pyi`, lists them for type checkers).
NAMES = ["__version__", "class_digit", "code_of", "describe", "flag_bits", "name_of"]
NAMES.append("reason_phrase")


def test_the_lookups_come_from_the_wheel_under_test() -> None:
    # run.sh names the wheel it installed: the pure one must never load native code.
    wheel = os.environ.get("HTTPCODES_WHEEL", "pure" if not backend.NATIVE else "abi3")
    assert wheel in ("pure", "abi3")
    assert (wheel == "abi3") == backend.NATIVE
    assert _lookups.reason_phrase.__module__ == backend.LOOKUPS
    httpcodes.reason_phrase(404)
    assert ("httpcodes._httpcodes" in sys.modules) == backend.NATIVE


def test_the_pure_lookups_export_what_the_native_module_does() -> None:
    assert sorted(_lookups.__all__) == sorted(NAMES)
    for name in NAMES:
        assert hasattr(_pure, name), name
    assert _pure.__version__ == httpcodes.__version__


class Sneaky(int):
    """An int whose every override fails: only int's own methods may read it."""

    def __repr__(self) -> str:
        raise AssertionError

    def __index__(self) -> int:
        raise AssertionError

    def __hash__(self) -> int:
        raise AssertionError


class SneakyText(str):
    """A str whose every override fails."""

    def __getitem__(self, index: object) -> str:
        raise AssertionError

    def encode(self, *args: object, **kwargs: object) -> bytes:
        raise AssertionError

    def __hash__(self) -> int:
        raise AssertionError


def inputs() -> list[object]:
    """Every kind of argument: the vectors' codes and phrases, and values of every other kind."""
    values: list[object] = [row.code for row in vectors.forward()]
    values += [row.text for row in vectors.reverse()] + [row.text for row in vectors.excerpts()]
    values += [-1, 0, 99, 100, 499, 599, 600, 2**63, -(2**63) - 1, 10**30, 2**4096, 2**4095]
    values += [True, None, 404.0, 1 + 2j, "\ud800", "x" * 51, "\U0001f600" * 51, [404], object()]
    values += [b"Not Found", b"\xff" * 300, b"\xed\xa0\x80", bytearray(b"\xe2\x82")]
    values += [" not found\x0b", "\x0cOK\r\n"]
    values += [Sneaky(404), Sneaky(2**70), SneakyText("Not Found"), SneakyText("\x1b" * 60)]
    values += [http.HTTPStatus.NOT_FOUND, "\u00a0OK", "I'M A TEAPOT"]
    values += ["Not Fou\u212an", "Loc\u212aed"]  # KELVIN SIGN: lower-cased to k, by Unicode only
    return values


def outcome(function: "Callable[[object], object]", value: object) -> object:
    """The answer, or the error's type and message."""
    try:
        return function(value)
    except Exception as error:  # every error is compared
        return (type(error), str(error))


@backend.needs_native
@pytest.mark.parametrize("name", [name for name in NAMES if name != "__version__"])
def test_pure_answers_and_errors_are_the_native_ones(name: str) -> None:
    from httpcodes import _httpcodes  # noqa: PLC0415

    native, pure = getattr(_httpcodes, name), getattr(_pure, name)
    for value in inputs():
        assert outcome(pure, value) == outcome(native, value), (name, type(value).__name__)
