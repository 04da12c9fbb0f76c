"""The Python values the fuzzer gives httpcodes: one kind byte picks the kind (KINDS), and the
bytes after it are what the value is made from. Hostile kinds are among them: a `str` or `int`
subclass, an object `operator.index` takes, one that refuses to be shown, huge and long ones."""

import struct

# Never true at run time.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable

# Python refuses to read decimal strings longer than this as an int (sys.int_info).
DECIMAL_DIGITS = 4000
LONG_TEXT = 20_000


class RefusedError(Exception):
    """What `Awkward` raises when anything asks for its text or number."""


class Text(str):
    """A `str` subclass: a phrase all the same."""

    __slots__ = ()


class Number(int):
    """An `int` subclass: a code all the same."""


class Indexable:
    """Not an `int`, though `operator.index` takes it: the wrong type for a code."""

    def __init__(self, value: int) -> None:
        self.value = value

    def __index__(self) -> int:
        return self.value


class Awkward:
    """A value that refuses to be shown or converted."""

    def __repr__(self) -> str:
        raise RefusedError

    __str__ = __repr__

    def __index__(self) -> int:
        raise RefusedError


def _integer(payload: bytes) -> int:
    """The decimal number the payload spells, else its bytes as a little-endian signed int."""
    text = payload.decode("ascii", "replace").strip()
    digits = text[1:] if text[:1] in "+-" else text
    if digits.isdigit() and digits.isascii() and len(digits) <= DECIMAL_DIGITS:
        return int(text)
    return int.from_bytes(payload, "little", signed=True)


def _float(payload: bytes) -> float:
    """The decimal number the payload spells, else its first eight bytes as a double."""
    try:
        return float(payload.decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        return float(struct.unpack("<d", payload[:8].ljust(8, b"\0"))[0])


def _long_text(payload: bytes) -> str:
    """The payload repeated to 20,000 characters, spaces around it."""
    unit = payload.decode("latin-1") or " "
    return " " + (unit * (LONG_TEXT // len(unit) + 1))[:LONG_TEXT] + "\n"


KINDS: "list[Callable[[bytes], object]]" = [
    lambda p: p.decode("utf-8", "surrogateescape"),  # lone surrogates for invalid UTF-8
    lambda p: Text(p.decode("utf-8", "surrogateescape")),
    lambda p: p,
    _integer,
    lambda p: Number(_integer(p)),
    _float,
    lambda p: bool(p[:1] and p[0] & 1),
    lambda _: None,
    lambda p: Indexable(_integer(p)),
    lambda _: Awkward(),
    lambda p: p.decode("latin-1"),
    _long_text,
]


def value_of(data: bytes) -> object:
    """The Python value an input stands for."""
    if not data:
        return ""
    return KINDS[data[0] % len(KINDS)](data[1:])
