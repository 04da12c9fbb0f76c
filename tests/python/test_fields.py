"""Each code's header fields (header_fields.tsv) through `header_fields` and `HTTPStatus`, and
`missing_fields` against missing_fields.tsv and spec/API.md's matching rule."""

import pickle
from collections.abc import Callable
from typing import cast

import pytest
from test_pure import inputs, outcome

import httpcodes
from httpcodes import HeaderField, HTTPStatus, _fields

import backend
import vectors

FIELDS = vectors.header_fields()
STATUSES = vectors.statuses()
LISTED = [row.code for row in STATUSES]


def expected_fields(code: int) -> "list[tuple[str, str, str, str | None]]":
    """The rows header_fields.tsv gives `code`, in the file's (the RFC's) order."""
    return [(f.name, f.level, f.section, f.condition) for f in FIELDS if f.code == code]


def shown(field: "tuple[str, str, str, str | None]") -> str:
    """spec/API.md's form: `Allow (MUST, RFC 9110, Section 15.5.6)`, a condition after the level."""
    name, level, section, condition = field
    return f"{name} ({level if condition is None else f'{level} {condition}'}, {section})"


def test_every_code_with_fields_is_listed() -> None:
    assert {row.code for row in FIELDS} <= set(LISTED)


@pytest.mark.parametrize("code", LISTED, ids=str)
def test_each_code_carries_the_fields_of_the_vectors(code: int) -> None:
    fields = httpcodes.header_fields(code)
    assert isinstance(fields, tuple)
    assert [tuple(field) for field in fields] == expected_fields(code)
    assert all(type(field) is HeaderField for field in fields)
    assert [str(field) for field in fields] == [shown(row) for row in expected_fields(code)]
    assert HTTPStatus(code).header_fields == fields
    assert httpcodes.header_fields(HTTPStatus(code)) == fields


def test_a_field_shows_as_the_spec_writes_it() -> None:
    (allow,) = HTTPStatus.METHOD_NOT_ALLOWED.header_fields
    assert str(allow) == "Allow (MUST, RFC 9110, Section 15.5.6)"
    assert (allow.name, allow.level, allow.section, allow.condition) == tuple(allow)
    conditional = [field for field in FIELDS if field.condition is not None]
    assert conditional, "header_fields.tsv has a field with a condition"
    row = conditional[0]
    field = next(f for f in httpcodes.header_fields(row.code) or () if f.name == row.name)
    assert str(field) == f"{row.name} ({row.level} {row.condition}, {row.section})"


def test_a_field_is_a_named_tuple_that_pickles() -> None:
    for code in LISTED:
        for field in httpcodes.header_fields(code) or ():
            assert pickle.loads(pickle.dumps(field)) == field
            with pytest.raises(AttributeError):
                field.name = "X"  # type: ignore[misc]
    assert HeaderField.__module__ == "httpcodes"


@pytest.mark.parametrize("row", vectors.forward(), ids=lambda row: str(row.code))
def test_unknown_codes_have_no_fields(row: vectors.Forward) -> None:
    if row.phrase is not None:
        return
    assert httpcodes.header_fields(row.code) is None
    assert httpcodes.missing_fields(row.code, []) is None


@pytest.mark.parametrize("code", [104, 499, 0, -405, 2**64 + 405, 10**30])
def test_codes_outside_the_table_have_no_fields(code: int) -> None:
    assert httpcodes.header_fields(code) is None
    assert httpcodes.missing_fields(code, ["Allow"]) is None


@pytest.mark.parametrize("row", vectors.missing_fields(), ids=lambda row: row.case)
def test_missing_fields_follow_the_vectors(row: vectors.Missing) -> None:
    for names in (list(row.present), tuple(row.present), set(row.present), iter(row.present)):
        missing = httpcodes.missing_fields(row.code, names)
        assert missing is not None
        assert tuple(field.name for field in missing) == row.missing
        assert all(field in (httpcodes.header_fields(row.code) or ()) for field in missing)


@pytest.mark.parametrize("code", LISTED, ids=str)
def test_a_response_without_fields_misses_them_all_and_with_them_none(code: int) -> None:
    fields = httpcodes.header_fields(code)
    assert httpcodes.missing_fields(code, []) == fields
    names = [row[0] for row in expected_fields(code)]
    assert httpcodes.missing_fields(code, names) == ()
    assert httpcodes.missing_fields(code, [name.upper() for name in names]) == ()
    assert httpcodes.missing_fields(code, [name.swapcase() for name in names]) == ()


def look_alikes(name: str) -> "list[str]":
    """`name` with one ASCII letter replaced by a character whose Unicode case folding gives that
    letter: KELVIN SIGN for k, LONG S for s, DOTLESS I's capital for i."""
    swaps = {"k": "\u212a", "s": "\u017f", "i": "\u0130"}
    return [
        name[:i] + swaps[c.lower()] + name[i + 1 :]
        for i, c in enumerate(name)
        if c.lower() in swaps
    ]


@pytest.mark.parametrize("code", LISTED, ids=str)
def test_only_ascii_letters_fold(code: int) -> None:
    fields = httpcodes.header_fields(code) or ()
    for field in fields:
        others = [*look_alikes(field.name), f" {field.name}", f"{field.name}\t", field.name[1:]]
        for other in others:
            assert httpcodes.missing_fields(code, [other]) == fields, repr(other)


def test_a_str_subclass_is_a_name() -> None:
    class Name(str):
        def lower(self) -> str:
            raise AssertionError  # never called: only str's own methods read a name

    assert httpcodes.missing_fields(405, [Name("ALLOW")]) == ()


def test_huge_or_many_names_are_simply_read() -> None:
    allow = httpcodes.header_fields(405)
    assert httpcodes.missing_fields(405, ["Allow" * 2_000_000]) == allow
    assert httpcodes.missing_fields(405, ["X-Other"] * 100_000 + ["allow"]) == ()
    assert httpcodes.missing_fields(405, ["\ud800", "Allow\x00", ""]) == allow


@pytest.mark.parametrize(
    ("names", "shown"),
    [
        ("Allow", "got str: 'Allow'"),
        (b"Allow", "got bytes: b'Allow'"),
        (405, "got int: 405"),
        (None, "got NoneType: None"),
        (object(), "got object: <object object>"),
    ],
    ids=lambda v: type(v).__name__,
)
def test_names_must_be_an_iterable_of_str(names: object, shown: str) -> None:
    with pytest.raises(TypeError) as raised:
        httpcodes.missing_fields(405, names)  # type: ignore[arg-type]
    assert str(raised.value) == f"expected an iterable of str (header field names), {shown}"


@pytest.mark.parametrize(
    ("name", "shown"),
    [(b"Allow", "bytes: b'Allow'"), (None, "NoneType: None"), (405, "int: 405")],
    ids=lambda v: type(v).__name__,
)
def test_each_name_must_be_a_str(name: object, shown: str) -> None:
    for code in (405, 999):  # an unknown code's names are checked too
        with pytest.raises(TypeError) as raised:
            httpcodes.missing_fields(code, ["Allow", name])  # type: ignore[list-item]
        assert str(raised.value) == f"expected a str (header field name), got {shown}"


def test_a_code_must_be_an_int() -> None:
    for function in (httpcodes.header_fields, lambda code: httpcodes.missing_fields(code, [])):
        for value in ("405", 405.0, True, None):
            with pytest.raises(TypeError) as raised:
                function(value)  # type: ignore[arg-type]
            with pytest.raises(TypeError) as reference:
                httpcodes.reason_phrase(value)  # type: ignore[arg-type]
            assert str(raised.value) == str(reference.value)


def test_the_lookup_is_the_wheels_own() -> None:
    # The native module answers where the wheel has one; the pure wheel answers in Python.
    expected = "httpcodes._httpcodes" if backend.NATIVE else "httpcodes._fields"
    assert httpcodes.header_fields.__module__ == expected


@backend.needs_native
def test_the_native_lookup_answers_and_errs_as_the_python_one() -> None:
    from httpcodes import _httpcodes  # noqa: PLC0415

    native = cast("Callable[[object], object]", _httpcodes.header_fields)
    python = cast("Callable[[object], object]", _fields.python_header_fields)
    for value in [*inputs(), *LISTED, HTTPStatus.NOT_MODIFIED]:
        assert outcome(native, value) == outcome(python, value), type(value).__name__
    for code in LISTED:
        assert _httpcodes.header_fields(code) is HTTPStatus(code).header_fields  # the very tuple
