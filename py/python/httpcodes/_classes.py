"""`StatusClass`, the five classes of status codes, and `class_of`, built from core's table."""

import enum

from httpcodes import _httpcodes
from httpcodes._enums import make_enum


def _build() -> type[enum.Enum]:
    rows = _httpcodes.classes()
    status_class = make_enum(
        enum.Enum,
        "StatusClass",
        "The class of a status code by range; its value is the first digit.",
        {name: digit for digit, name, *_ in rows},
    )
    for digit, _, label, range_, description in rows:
        status_class(digit).__dict__.update(label=label, range=range_, description=description)
    return status_class


StatusClass = _build()

_CLASS_BY_DIGIT = {member.value: member for member in StatusClass}


def class_of(code: int, /) -> "enum.Enum | None":
    """The class of any code from 100 to 599, listed or not (499 is a client error), else None."""
    return _CLASS_BY_DIGIT.get(_httpcodes.class_digit(code))
