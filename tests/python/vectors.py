"""The shared test vectors (`tests/vectors/*.tsv`), read the way their README describes.

Expected values come only from these files, transcribed from the spec, never from httpcodes.
"""

import csv
import re
from dataclasses import dataclass
from pathlib import Path

VECTORS = Path(__file__).resolve().parents[1] / "vectors"

_ESCAPE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|(.))")
_SIMPLE_ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}


def unescape(field: str) -> str:
    """An `input` field with its escapes (`\\t \\n \\r \\\\ \\uXXXX`) turned into characters."""

    def replace(match: "re.Match[str]") -> str:
        hex_digits, simple = match.groups()
        if hex_digits is not None:
            return chr(int(hex_digits, 16))
        return _SIMPLE_ESCAPES[simple]

    return _ESCAPE.sub(replace, field)


def _rows(name: str) -> list[dict[str, str]]:
    with (VECTORS / name).open(encoding="utf-8", newline="") as file:
        reader = csv.DictReader(file, delimiter="\t", quoting=csv.QUOTE_NONE)
        return list(reader)


@dataclass(frozen=True)
class Status:
    code: int
    phrase: str
    name: str
    class_label: str
    flags: "tuple[str, ...]"  # the listed flags that hold ("is_retry", …); empty for `-`


@dataclass(frozen=True)
class Class:
    label: str
    range: str  # "4xx"
    description: str

    def contains(self, code: int) -> bool:
        return 100 <= code <= 599 and str(code // 100) == self.range[0]


@dataclass(frozen=True)
class Lookup:
    """A text input (escapes decoded) and the code it names, or None for `unknown`."""

    text: str
    expected: "int | None"
    case: str


@dataclass(frozen=True)
class Forward:
    code: int
    phrase: "str | None"
    class_label: "str | None"


def _code_or_none(field: str) -> "int | None":
    return None if field == "unknown" else int(field)


def _list(field: str) -> "tuple[str, ...]":
    """A comma-separated column, `-` for none."""
    return () if field == "-" else tuple(field.split(","))


def statuses() -> list[Status]:
    return [
        Status(int(row["code"]), row["phrase"], row["name"], row["class"], _list(row["flags"]))
        for row in _rows("statuses.tsv")
    ]


def listed_flags() -> "list[str]":
    """Every flag statuses.tsv's flags column names, in the order they first appear."""
    return list(dict.fromkeys(flag for status in statuses() for flag in status.flags))


def classes() -> list[Class]:
    return [Class(row["class"], row["range"], row["description"]) for row in _rows("classes.tsv")]


def aliases() -> list[tuple[str, int]]:
    return [(row["alias"], int(row["code"])) for row in _rows("aliases.tsv")]


def alias_names() -> list[tuple[str, int]]:
    """Each name a status goes by besides its NAME (`FOUND`, 302), in the file's order."""
    return [(row["name"], int(row["code"])) for row in _rows("alias_names.tsv")]


@dataclass(frozen=True)
class Facts:
    code: int
    registered_phrase: "str | None"  # None for `none`: 419 and 420 are not registered
    reference: "str | None"  # the same
    description: str


def _none(field: str) -> "str | None":
    return None if field == "none" else field


def facts() -> list[Facts]:
    return [
        Facts(
            int(row["code"]),
            _none(row["registered_phrase"]),
            _none(row["reference"]),
            row["description"],
        )
        for row in _rows("facts.tsv")
    ]


@dataclass(frozen=True)
class Field:
    """A header field a response with `code` carries (header_fields.tsv)."""

    code: int
    name: str
    level: str
    section: str
    condition: "str | None"  # None for `-`: the level always applies


def header_fields() -> list[Field]:
    return [
        Field(
            int(row["code"]),
            row["field"],
            row["level"],
            row["section"],
            None if row["condition"] == "-" else row["condition"],
        )
        for row in _rows("header_fields.tsv")
    ]


@dataclass(frozen=True)
class Missing:
    """The field names present in a response with `code`, and the names of the code's fields
    that none of them names, in order (missing_fields.tsv)."""

    code: int
    present: "tuple[str, ...]"
    missing: "tuple[str, ...]"
    case: str


def missing_fields() -> list[Missing]:
    return [
        Missing(int(row["code"]), _list(row["present"]), _list(row["missing"]), row["case"])
        for row in _rows("missing_fields.tsv")
    ]


def reverse() -> list[Lookup]:
    return [
        Lookup(unescape(row["input"]), _code_or_none(row["expected"]), row["case"])
        for row in _rows("reverse.tsv")
    ]


def names() -> list[Lookup]:
    return [
        Lookup(unescape(row["input"]), _code_or_none(row["expected"]), row["case"])
        for row in _rows("names.tsv")
    ]


def forward() -> list[Forward]:
    return [
        Forward(
            int(row["code"]),
            None if row["phrase"] == "unknown" else row["phrase"],
            None if row["class"] == "none" else row["class"],
        )
        for row in _rows("forward.tsv")
    ]


def class_of_code(code: int) -> "Class | None":
    """The class the contract gives `code` by range (any code in 100-599), else None."""
    return next((c for c in classes() if c.contains(code)), None)


def status_by_code() -> dict[int, Status]:
    return {status.code: status for status in statuses()}


@dataclass(frozen=True)
class Excerpt:
    """A bad value (escapes decoded) and how an error message quotes it."""

    text: str
    expected: str
    case: str


def excerpts() -> list[Excerpt]:
    return [
        Excerpt(unescape(row["input"]), row["expected"], row["case"])
        for row in _rows("excerpts.tsv")
    ]
