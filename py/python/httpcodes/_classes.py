"""`StatusClass`, the five classes of status codes, and `class_of`, built from core's table."""

import enum

from httpcodes import _httpcodes


def _name_of(label: str) -> str:
    """The member name of a class label: `Client Error` -> `CLIENT_ERROR`."""
    return label.upper().replace(" ", "_")


def _build() -> type[enum.Enum]:
    rows = _httpcodes.classes()
    namespace = enum.EnumMeta.__prepare__("StatusClass", (enum.Enum,))
    namespace["__module__"] = "httpcodes"
    namespace["__qualname__"] = "StatusClass"
    namespace["__doc__"] = "The class of a status code by range; its value is the first digit."
    for digit, label, _, _ in rows:
        namespace[_name_of(label)] = digit
    status_class = enum.EnumMeta("StatusClass", (enum.Enum,), namespace)
    if not issubclass(status_class, enum.Enum):  # never true: it tells mypy what EnumMeta made
        raise TypeError(status_class)
    for digit, label, range_, description in rows:
        status_class(digit).__dict__.update(label=label, range=range_, description=description)
    return status_class


StatusClass = _build()

_CLASS_BY_DIGIT = {member.value: member for member in StatusClass}


def class_of(code: int, /) -> "enum.Enum | None":
    """The class of any code from 100 to 599, listed or not (499 is a client error), else None."""
    return _CLASS_BY_DIGIT.get(_httpcodes.class_digit(code))
