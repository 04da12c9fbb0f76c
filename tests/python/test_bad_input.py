"""Wrong types raise TypeError naming the expected type and the value; odd text is just unknown."""

import array
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction

import pytest

import httpcodes
from httpcodes import _table

SHOWN = 50  # spec/API.md: a message quotes the value up to 50 characters, then "…" when cut


class Indexable:
    """Has __index__ (so operator.index accepts it) but is not an int."""

    def __index__(self) -> int:
        return 404

    def __repr__(self) -> str:
        return "Indexable()"


class BadRepr:
    def __repr__(self) -> str:
        raise RuntimeError


NOT_CODES: list[object] = [
    True,
    False,
    404.0,
    float("nan"),
    float("inf"),
    404j,
    "404",
    "",
    b"404",
    bytearray(b"404"),
    memoryview(b"404"),
    None,
    [404],
    (404,),
    {404},
    {404: "Not Found"},
    Decimal(404),
    Fraction(404),
    range(404, 405),
    array.array("i", [404]),
    int,
    object(),
    Indexable(),
    BadRepr(),
    "x" * 1000,
]

NOT_PHRASES: list[object] = [
    404,
    0,
    True,
    404.0,
    None,
    b"Not Found",
    bytearray(b"Not Found"),
    memoryview(b"Not Found"),
    ["Not Found"],
    ("Not Found",),
    {"Not Found"},
    object(),
    str,
    BadRepr(),
    [b"x" * 1000],
]

CODE_FUNCTIONS: list[Callable[[int], object]] = [
    httpcodes.reason_phrase,
    httpcodes.name_of,
    httpcodes.registered_phrase,
    httpcodes.reference_of,
    httpcodes.description_of,
    httpcodes.header_fields,
    httpcodes.class_of,
    *(getattr(httpcodes, name) for name in _table.FLAG_NAMES),
]


def cut(text: str) -> str:
    """`text` cut by the contract's rule (the test values hold no character it escapes)."""
    return text if len(text) <= SHOWN else text[:SHOWN] + "…"


def shown(value: object) -> str:
    """What a message must show of the value (spec/API.md §4): text quoted and cut, numbers as
    Python writes them, anything else by its type alone, never by its own `repr`."""
    if isinstance(value, str):
        return f"'{cut(value)}'"
    if isinstance(value, bytes):
        return f"b'{cut(value.decode())}'"
    if isinstance(value, bytearray):
        return f"bytearray(b'{cut(value.decode())}')"
    if value is None or isinstance(value, (int, float, complex)):
        return cut(repr(value))
    return f"<{type(value).__name__} object>"


def check_message(message: str, expected_type: str, value: object) -> None:
    assert f"expected {expected_type}" in message
    assert type(value).__name__ in message
    assert message.endswith(f": {shown(value)}"), message


@pytest.mark.parametrize("function", CODE_FUNCTIONS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("value", NOT_CODES, ids=lambda v: type(v).__name__)
def test_a_code_must_be_an_int(function: Callable[[object], object], value: object) -> None:
    with pytest.raises(TypeError) as raised:
        function(value)
    check_message(str(raised.value), "an int", value)


@pytest.mark.parametrize("value", NOT_PHRASES, ids=lambda v: type(v).__name__)
def test_a_phrase_must_be_a_str(value: object) -> None:
    with pytest.raises(TypeError) as raised:
        httpcodes.code_of(value)  # type: ignore[arg-type]
    check_message(str(raised.value), "a str", value)


def test_the_matrix_is_wide_enough() -> None:
    assert len(NOT_CODES) + len(NOT_PHRASES) >= 20


def test_functions_take_exactly_one_positional_argument() -> None:
    with pytest.raises(TypeError):
        httpcodes.reason_phrase()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        httpcodes.reason_phrase(404, 404)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        httpcodes.code_of(phrase="OK")  # type: ignore[call-arg]


class Text(str):
    """A str subclass is a str."""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\ud800", None),
        ("\udfff", None),  # noqa: PT014 - ruff reads both lone surrogates as U+FFFD
        ("Not Found\ud800", None),
        ("\ud800Not Found", None),
        ("Not\udc80Found", None),
        ("\ud83d\ude00", None),  # a surrogate pair written as two code points
        ("a" * 10_000_000, None),
        ("Not Found" * 1_200_000, None),
        (" " * 10_000_000 + "Not Found", 404),  # spec/API.md: leading ASCII whitespace is ignored
        ("Not Found" + "\t" * 10_000_000, 404),
        ("x" * 10_000_000 + "\ud800", None),
        (Text("Not Found"), 404),
        (Text("\ud800"), None),
    ],
    ids=lambda v: repr(v)[:20] if isinstance(v, str) else repr(v),
)
def test_odd_text_is_simply_unknown(text: str, expected: "int | None") -> None:
    assert httpcodes.code_of(text) == expected
