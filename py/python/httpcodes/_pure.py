"""The lookups of the native module `httpcodes._httpcodes`, in Python: the same names, answers
and errors, for the interpreters no native wheel fits (PyPy, free-threaded CPython, Pyodide).

Every answer is read from `_table`, generated from core's table; every table is made here, at
import (which the import system runs once, whichever threads race), and never written after,
so the lookups are safe without the GIL. Messages show a value by core's excerpt rule, and
never run its own code: each value is read through its base type's methods (`str.encode`,
`int.__index__`), found from `type()`, which no class can override.
"""

from httpcodes._table import (
    ALIASES,
    CLASSES,
    CODES,
    ESCAPED,
    EXCERPT_CHARS,
    EXCERPT_MARKER,
    FLAG_CLASSES,
    FLAG_CODES,
    SHORT_ESCAPES,
    STATUSES,
    VERSION,
)

__version__ = VERSION

_FIELDS = STATUSES.replace("\n", "|").split("|")
_PHRASES = dict(zip(CODES, _FIELDS[2::3]))
_NAMES = dict(zip(CODES, _FIELDS[1::3]))
_CODE_BY_NAME = dict(zip(_FIELDS[1::3], CODES))
# Reverse lookup: the phrase as given; else an ASCII str trimmed and lower-cased (`str.lower` is
# ASCII's own on ASCII text); else its UTF-8 form, trimmed and lower-cased as bytes (ASCII only).
_CODE_BY_PHRASE = {phrase: code for code, phrase in _PHRASES.items()}
_CODE_BY_UTF8 = {phrase.encode().lower(): code for phrase, code in _CODE_BY_PHRASE.items()}
_CODE_BY_UTF8.update(
    (alias.encode().lower(), _CODE_BY_NAME[name])
    for alias, name in (row.split("|") for row in ALIASES.splitlines())
)
_CODE_BY_KEY = {key.decode(): code for key, code in _CODE_BY_UTF8.items() if key.isascii()}
_ASCII_WHITESPACE = " \t\n\x0c\r"  # what Rust's `trim_ascii` trims
_ASCII_WHITESPACE_UTF8 = _ASCII_WHITESPACE.encode()

_DIGITS = frozenset(row[0] for row in CLASSES)
# Each digit's range flags (bit i answers FLAG_NAMES[i]), and each listed code's flags.
_RANGE_BITS = {
    digit: sum(1 << bit for bit, digits in enumerate(FLAG_CLASSES) if digit in digits)
    for digit in _DIGITS
}
_BITS = {
    code: sum(1 << bit for bit, codes in enumerate(FLAG_CODES) if code in codes) for code in CODES
}

_WRITTEN_BITS = 4096  # the widest int a message writes out in full, as the native module's
_BYTES_HEAD = slice(0, EXCERPT_CHARS * 4 + 1)  # a character is at most 4 bytes; 1 more tells a cut
_ESCAPES = {
    point: f"\\u{{{point:x}}}" for first, last in ESCAPED for point in range(first, last + 1)
}
_ESCAPES.update(SHORT_ESCAPES)
_TYPE_NAME = type.__dict__["__name__"].__get__  # `type`'s own getter: no metaclass runs


def _code(value: object) -> int:
    """A code from an int subclass (an `IntEnum` member), or the `TypeError` for a non-int."""
    kind = type(value)
    if issubclass(kind, int) and kind is not bool:
        return int.__index__(value)  # type: ignore[arg-type]  # int's own, not an override
    raise _wrong_type(value, "an int (HTTP status code)")


def _wrong_type(value: object, expected: str) -> TypeError:
    return TypeError(f"expected {expected}, got {_type_name(value)}: {describe(value)}")


def reason_phrase(code: int, /) -> "str | None":
    """The reason phrase of `code`, or None if it is not a listed code."""
    return _PHRASES.get(code if type(code) is int else _code(code))


def name_of(code: int, /) -> "str | None":
    """The NAME of `code` (NOT_FOUND for 404), or None if it is not a listed code."""
    return _NAMES.get(code if type(code) is int else _code(code))


def code_of(phrase: str, /) -> "int | None":
    """The code whose phrase or alias is `phrase` (ASCII case-insensitive, ASCII whitespace
    trimmed), or None."""
    kind = type(phrase)
    if kind is str:
        code = _CODE_BY_PHRASE.get(phrase)
        if code is not None:
            return code
        if phrase.isascii():
            return _CODE_BY_KEY.get(phrase.strip(_ASCII_WHITESPACE).lower())
    elif not issubclass(kind, str):
        raise _wrong_type(phrase, "a str (reason phrase)")
    try:
        utf8 = str.encode(phrase)
    except UnicodeEncodeError:  # a lone surrogate: no phrase has one
        return None
    return _CODE_BY_UTF8.get(utf8.strip(_ASCII_WHITESPACE_UTF8).lower())


def class_digit(code: int, /) -> int:
    """The first digit of `code`'s class (1 to 5) for any code in 100-599, else 0."""
    digit = (code if type(code) is int else _code(code)) // 100
    return digit if digit in _DIGITS else 0


def flag_bits(code: int, /) -> int:
    """Every flag's answer for `code`: bit i answers httpcodes._table.FLAG_NAMES[i]."""
    if type(code) is not int:
        code = _code(code)
    bits = _BITS.get(code)
    if bits is None:
        bits = _RANGE_BITS.get(code // 100, 0) if code >= 100 else 0
    return bits


# ---- How error messages show a value: core's excerpt rule, running none of the value's code --


def _excerpt(chars: str, cut: bool) -> str:
    """At most the first 50 of `chars`, escaped, then the marker if the value had more."""
    shown = chars[:EXCERPT_CHARS].translate(_ESCAPES)
    return shown + EXCERPT_MARKER if cut or len(chars) > EXCERPT_CHARS else shown


def _str_excerpt(text: str) -> str:
    """The excerpt of any str (a subclass too, read as str), each lone surrogate as U+FFFD."""
    head = str.__getitem__(text, slice(0, EXCERPT_CHARS + 1))
    return _excerpt("".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in head), False)


def _bytes_excerpt(head: bytes) -> str:
    """The excerpt of bytes read as UTF-8, each maximal sequence that is not UTF-8 one U+FFFD:
    a character is at most four bytes, so the first 50 lie in the first 200."""
    window = head[: EXCERPT_CHARS * 4]
    return _excerpt(window.decode("utf-8", "replace"), len(head) > len(window))


def _type_name(value: object) -> str:
    try:
        name = _TYPE_NAME(type(value))
    except Exception:  # a message must still be written
        return "?"
    return _str_excerpt(name) if isinstance(name, str) else "?"


def describe(value: object, /) -> str:  # noqa: PLR0911 - one return per kind of value
    """`value` as error messages show it: by core's excerpt rule, running none of its code."""
    kind = type(value)
    if issubclass(kind, str):
        return f"'{_str_excerpt(value)}'"  # type: ignore[arg-type]
    if issubclass(kind, bytes):
        return f"b'{_bytes_excerpt(bytes.__getitem__(value, _BYTES_HEAD))}'"  # type: ignore[call-overload]
    if issubclass(kind, bytearray):
        head = bytes(bytearray.__getitem__(value, _BYTES_HEAD))  # type: ignore[call-overload]
        return f"bytearray(b'{_bytes_excerpt(head)}')"
    if value is None or kind is bool:
        return "True" if value is True else "False" if value is False else "None"
    try:
        if issubclass(kind, int):
            bits = int.bit_length(value)  # type: ignore[arg-type]
            if bits > _WRITTEN_BITS:
                return f"<int of {bits} bits>"
            return _str_excerpt(int.__repr__(value))
        if issubclass(kind, float):
            return _str_excerpt(float.__repr__(value))
        if issubclass(kind, complex):
            return _str_excerpt(complex.__repr__(value))
    except Exception:  # shown by its type, as any other object
        pass
    return f"<{_type_name(value)} object>"
