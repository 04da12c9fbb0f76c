"""Hostile input (docs/hostile-input.md): error messages run none of the value's code, cost what
the excerpt costs whatever the value's size, and quote it by core's one rule; the table's facts
cannot be written."""

import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable, Iterator

import pytest

import httpcodes
from httpcodes import HTTPStatus, StatusClass

import backend
import vectors

CHARS = 50
# The longest quote: 50 characters of at most 8 each once escaped (`\u{2069}`), and the marker.
MAX_QUOTE = CHARS * 8 + 1
HUNDRED_MB = 100 * 1024 * 1024
ESC = r"\u{1b}"  # how the rule writes U+001B


def type_error(function: object, value: object) -> str:
    with pytest.raises(TypeError) as raised:
        function(value)  # type: ignore[operator]
    return str(raised.value)


def value_error(value: object) -> str:
    with pytest.raises(ValueError, match="is not a valid HTTPStatus") as raised:
        HTTPStatus(value)  # type: ignore[arg-type]
    return str(raised.value)


@pytest.mark.parametrize("row", vectors.excerpts(), ids=lambda row: row.case)
def test_excerpt_vectors(row: vectors.Excerpt) -> None:
    assert type_error(httpcodes.reason_phrase, row.text).endswith(f"got str: '{row.expected}'")
    assert value_error(row.text) == f"'{row.expected}' is not a valid HTTPStatus"


@backend.needs_processes
@backend.needs_resource
def test_reproducer_3_a_huge_container_costs_nothing_to_describe() -> None:
    # In a fresh interpreter: the peak resident size before and after the failing call.
    script = textwrap.dedent(
        """
        import resource
        import httpcodes
        big = "x" * 10**6
        value = [big] * 150
        httpcodes.reason_phrase(0)
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        try:
            httpcodes.reason_phrase(value)
        except TypeError as error:
            message = str(error)
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(after - before, len(message))
        """
    )
    output = subprocess.run(
        [sys.executable, "-c", script], check=True, capture_output=True, text=True
    ).stdout
    growth_kib, length = map(int, output.split())
    assert growth_kib < 1024, f"peak RSS grew by {growth_kib} KiB"
    assert length < 100


def test_reproducer_4_facts_cannot_be_written() -> None:
    writes = [
        (HTTPStatus.NOT_FOUND, "phrase"),
        (HTTPStatus.NOT_FOUND, "description"),
        (HTTPStatus.NOT_FOUND, "registered_phrase"),
        (HTTPStatus.NOT_FOUND, "reference"),
        (HTTPStatus.METHOD_NOT_ALLOWED, "header_fields"),
        (HTTPStatus.NOT_FOUND, "status_class"),
        (HTTPStatus.FOUND, "phrase"),
        (HTTPStatus.SERVICE_UNAVAILABLE, "is_retry"),
        (StatusClass.CLIENT_ERROR, "label"),
        (StatusClass.CLIENT_ERROR, "range"),
        (StatusClass.CLIENT_ERROR, "description"),
        (HTTPStatus, "phrase"),
        (HTTPStatus, "is_retry"),
        (HTTPStatus, "__new__"),
        (HTTPStatus, "FOUND"),
        (HTTPStatus, "description"),
        (StatusClass, "label"),
    ]
    for target, attribute in writes:
        with pytest.raises(AttributeError):
            setattr(target, attribute, "pwned")
        with pytest.raises(AttributeError):
            delattr(target, attribute)
    # A private attribute carries nothing the public API reads, not even the enum's own.
    HTTPStatus.SERVICE_UNAVAILABLE._flag_bits_ = 0  # type: ignore[attr-defined]
    HTTPStatus.NOT_FOUND.__dict__["phrase"] = "X"
    HTTPStatus.NOT_FOUND.__dict__["description"] = "X"
    try:
        HTTPStatus.NOT_FOUND._name_ = "GONE"
        HTTPStatus.NOT_FOUND._value_ = 410
        assert HTTPStatus.NOT_FOUND.phrase == "Not Found"
        assert HTTPStatus.NOT_FOUND.description == httpcodes.description_of(404)
        assert HTTPStatus.NOT_FOUND.reference == "RFC 9110, Section 15.5.5"
        assert HTTPStatus.NOT_FOUND.status_class.label == "Client Error"
    finally:
        HTTPStatus.NOT_FOUND._name_ = "NOT_FOUND"
        HTTPStatus.NOT_FOUND._value_ = 404
    assert HTTPStatus.SERVICE_UNAVAILABLE.is_retry
    assert httpcodes.is_retry(503)
    status_class = httpcodes.class_of(404)
    assert status_class is not None
    assert status_class.label == "Client Error"


def test_reproducer_5_httpstatus_errors_quote_by_the_rule() -> None:
    message = value_error("x" * 10**7)
    assert message == f"'{'x' * CHARS}…' is not a valid HTTPStatus"
    assert value_error(10**5000) == "<int of 16610 bits> is not a valid HTTPStatus"
    assert value_error(-(10**40)) == f"-1{'0' * 40} is not a valid HTTPStatus"
    assert value_error(10**60) == f"1{'0' * (CHARS - 1)}… is not a valid HTTPStatus"
    assert value_error(999) == "999 is not a valid HTTPStatus"
    assert value_error([404]) == "<list object> is not a valid HTTPStatus"
    with pytest.raises(ValueError, match=r"^8 is not a valid StatusClass$"):
        StatusClass(8)


def test_reproducer_6_the_cut_counts_the_values_characters() -> None:
    assert type_error(httpcodes.reason_phrase, "x" * 60).endswith(f": '{'x' * CHARS}…'")
    assert type_error(httpcodes.reason_phrase, b"x" * 60).endswith(f": b'{'x' * CHARS}…'")
    long_bytes = bytearray(b"x" * 60)
    expected = f": bytearray(b'{'x' * CHARS}…')"
    assert type_error(httpcodes.reason_phrase, long_bytes).endswith(expected)
    assert type_error(httpcodes.code_of, 10**60).endswith(f": 1{'0' * (CHARS - 1)}…")


def test_reproducer_7_control_characters_are_escaped() -> None:
    forged = "x\n\x1b[31mERROR forged\r\x00"
    message = type_error(httpcodes.reason_phrase, forged)
    assert message.endswith(r": 'x\n\u{1b}[31mERROR forged\r\0'")
    assert message.isprintable()
    assert value_error(forged).isprintable()
    assert type_error(httpcodes.reason_phrase, b"\x1b\x00\xff").endswith(f": b'{ESC}\\0\ufffd'")


class Meta(type):
    """A metaclass whose `__name__` runs code."""

    @property
    def __name__(cls) -> str:  # type: ignore[override]
        raise AssertionError("ran the metaclass")


class Hostile(metaclass=Meta):
    """Every hook an error path might call raises."""

    def __repr__(self) -> str:
        raise AssertionError("ran __repr__")

    def __str__(self) -> str:
        raise AssertionError("ran __str__")

    def __format__(self, spec: str) -> str:
        raise AssertionError("ran __format__")

    def __len__(self) -> int:
        raise AssertionError("ran __len__")

    def __getattribute__(self, name: str) -> object:
        raise AssertionError(f"read {name}")


class HostileStr(str):
    def __repr__(self) -> str:
        raise AssertionError("ran __repr__")

    def __len__(self) -> int:
        raise AssertionError("ran __len__")

    def __getitem__(self, index: object) -> str:
        raise AssertionError("ran __getitem__")

    def __iter__(self) -> "Iterator[str]":
        raise AssertionError("ran __iter__")


class HostileBytes(bytes):
    def __repr__(self) -> str:
        raise AssertionError("ran __repr__")

    def __getitem__(self, index: object) -> bytes:  # type: ignore[override]
        raise AssertionError("ran __getitem__")


class HostileInt(int):
    def __repr__(self) -> str:
        raise AssertionError("ran __repr__")

    def __index__(self) -> int:
        raise AssertionError("ran __index__")

    def bit_length(self) -> int:
        raise AssertionError("ran bit_length")


class HostileFloat(float):
    def __repr__(self) -> str:
        raise AssertionError("ran __repr__")


@pytest.mark.parametrize(
    ("make", "shown"),
    [
        (Hostile, "got Hostile: <Hostile object>"),
        (lambda: HostileStr("a\nb"), "got HostileStr: 'a\\nb'"),
        (lambda: HostileBytes(b"ab"), "got HostileBytes: b'ab'"),
        (lambda: HostileFloat(404.5), "got HostileFloat: 404.5"),
    ],
    ids=["metaclass and hooks", "str subclass", "bytes subclass", "float subclass"],
)
def test_describing_a_value_runs_none_of_its_code(make: "Callable[[], object]", shown: str) -> None:
    value = make()
    assert type_error(httpcodes.reason_phrase, value).endswith(shown)
    assert value_error(value).startswith(shown.split(": ", 1)[1])


def test_an_int_subclass_is_quoted_by_its_int_value() -> None:
    assert type_error(httpcodes.code_of, HostileInt(404)).endswith("got HostileInt: 404")


def test_a_type_name_is_quoted_by_the_rule_too() -> None:
    named = type("n\x1b" * 40, (), {})
    message = type_error(httpcodes.reason_phrase, named())
    assert f"got {('n' + ESC) * 25}…:" in message
    assert message.isprintable()


def test_a_100_mb_string_is_one_cheap_error() -> None:
    huge = "\x1b" * HUNDRED_MB
    message = type_error(httpcodes.reason_phrase, huge)
    assert message.endswith(f": '{ESC * CHARS}…'")
    assert len(value_error(huge)) < MAX_QUOTE + 40
    assert type_error(httpcodes.reason_phrase, huge.encode()).endswith("…'")
    assert httpcodes.code_of(huge) is None


def test_lone_surrogates_are_quoted_as_replacement_characters() -> None:
    message = type_error(httpcodes.reason_phrase, "a\ud800b" + "\udfff" * 60)
    replacement = "\ufffd"
    assert message.endswith(f": 'a{replacement}b{replacement * (CHARS - 3)}…'")
    assert value_error("\ud800") == "'\ufffd' is not a valid HTTPStatus"


def test_name_of() -> None:
    for row in vectors.statuses():
        assert httpcodes.name_of(row.code) == row.name
        assert httpcodes.name_of(HTTPStatus(row.code)) == row.name
    for code in (0, 104, 306, 499, -404, 2**63, -(2**63) - 1, 10**30):
        assert httpcodes.name_of(code) is None
    for value in ("404", 404.0, True, None):
        assert "expected an int" in type_error(httpcodes.name_of, value)


@backend.needs_threads
def test_errors_from_many_threads_are_the_same() -> None:
    values: list[object] = ["x\n" * 40, b"\xff" * 80, [404] * 10, 404.5, Hostile()]
    expected = [type_error(httpcodes.reason_phrase, value) for value in values]
    seen: list[list[str]] = []

    def worker() -> None:
        messages = []
        for _ in range(2000):
            for value in values:
                try:
                    httpcodes.reason_phrase(value)  # type: ignore[arg-type]
                except TypeError as error:
                    messages.append(str(error))
        seen.append(messages[: len(values)])
        assert set(messages) == set(expected)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen == [expected] * 8


def test_embedded_nul_is_unknown_and_escaped() -> None:
    assert httpcodes.code_of("Not\x00Found") is None
    assert httpcodes.code_of("Not Found\x00") is None
    assert type_error(httpcodes.reason_phrase, "Not\x00Found").endswith(r": 'Not\0Found'")
