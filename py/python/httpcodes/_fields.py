"""The header fields a response with each code carries, by the RFCs, and the functions that answer
them: read from the generated table at the first use of one (`httpcodes.header_fields`, a member's
`.header_fields` …). The import system runs this module once, so every thread sees the tables
whole, and nothing here is written after."""

from typing import NamedTuple

from httpcodes._table import CODES, HEADER_FIELDS

_TYPE_NAME = type.__dict__["__name__"].__get__  # `type`'s own getter: no metaclass runs


class HeaderField(NamedTuple):
    """A header field a response with a given code carries, by the RFC; `str()` gives
    `Allow (MUST, RFC 9110, Section 15.5.6)`, the condition after the level."""

    name: str
    level: str
    section: str
    condition: "str | None"

    def __str__(self) -> str:
        level = self.level if self.condition is None else f"{self.level} {self.condition}"
        return f"{self.name} ({level}, {self.section})"


HeaderField.__module__ = "httpcodes"  # where users import it from, and pickle finds it


def _fields_by_code() -> "dict[int, tuple[HeaderField, ...]]":
    """Every listed code with its fields in the RFC's order (most have none)."""
    fields: dict[int, tuple[HeaderField, ...]] = dict.fromkeys(CODES, ())
    for row in HEADER_FIELDS.splitlines():
        code, name, level, section, condition = row.split("|")
        fields[int(code)] += (HeaderField(name, level, section, condition or None),)
    return fields


FIELDS = _fields_by_code()
# The same tuples in STATUSES' order, which the native module reads at its first `header_fields`.
BY_INDEX: "tuple[tuple[object, ...], ...]" = tuple(FIELDS.values())
# A name longer than every field's names none: it is never lower-cased.
_LONGEST = max(len(field.name) for fields in FIELDS.values() for field in fields)


def _listed(code: object) -> "int | None":
    """The listed code an int subclass (an `IntEnum` member) stands for, or None; `name_of`
    raises the lookups' `TypeError` for anything else."""
    from httpcodes._facts import _listed  # noqa: PLC0415 - only for a code not exactly an int

    return _listed(code)  # type: ignore[arg-type]


def python_header_fields(code: int, /) -> "tuple[HeaderField, ...] | None":
    """The header fields a response with `code` carries, by the RFCs, or None if it is not a
    listed code."""
    return FIELDS.get(code if type(code) is int else _listed(code))  # type: ignore[arg-type]


def _header_fields() -> "Callable[[int], tuple[HeaderField, ...] | None]":
    """The native module's `header_fields` where the wheel has one (the same answers and errors,
    at `reason_phrase`'s cost), else `python_header_fields`."""
    try:
        from httpcodes._httpcodes import header_fields  # noqa: PLC0415
    except ModuleNotFoundError as missing:
        # Only a wheel without the module falls back; a native module that fails to load says so.
        if missing.name != "httpcodes._httpcodes":
            raise
        return python_header_fields
    return header_fields


header_fields = _header_fields()


def missing_fields(code: int, names: "Iterable[str]", /) -> "tuple[HeaderField, ...] | None":
    """The header fields of `code` that none of `names` names (ASCII case-insensitive, nothing
    trimmed), in the RFC's order, or None if it is not a listed code."""
    fields = header_fields(code)
    # A lone str would be read as one name per character: it is refused, as bytes are.
    expected = "an iterable of str (header field names)"
    if issubclass(type(names), (str, bytes, bytearray)):
        raise _wrong_type(names, expected)
    try:
        iterator = iter(names)
    except TypeError:
        raise _wrong_type(names, expected) from None
    present = set()
    for name in iterator:
        if not issubclass(type(name), str):
            raise _wrong_type(name, "a str (header field name)")
        # Read through `str`'s own methods, so a subclass runs none of its code; only ASCII
        # folds (every field name is ASCII, so any other text names none).
        if str.__len__(name) <= _LONGEST and str.isascii(name):
            present.add(str.lower(name))
    if fields is None:
        return None
    return tuple(field for field in fields if field.name.lower() not in present)


def _wrong_type(value: object, expected: str) -> TypeError:
    """The lookups' `TypeError`: `expected …, got <type>: <value>`, each by core's excerpt rule."""
    from httpcodes._lookups import describe  # noqa: PLC0415 - only on this error path

    try:
        kind = describe(_TYPE_NAME(type(value)))[1:-1]  # the name's quote, without its quotes
    except Exception:  # a message must still be written
        kind = "?"
    return TypeError(f"expected {expected}, got {kind}: {describe(value)}")


TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
