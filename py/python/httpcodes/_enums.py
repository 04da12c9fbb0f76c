"""`StatusClass`, `HTTPStatus` and `class_of`, built from core's table on first use.

Built the way the stdlib builds `http.HTTPStatus` on each Python: from 3.11 with
`enum._simple_enum`, which skips `EnumMeta`'s per-member checks and costs a fraction of it (the
table comes from core, already checked, so the shortcut is safe); before 3.11 through `EnumMeta`,
as the stdlib does there. `_simple_enum` is private, hence the version guard; the suite runs on
3.9, 3.11 and 3.13. One module, and no `typing` at run time: `from httpcodes import HTTPStatus`
must cost no more than `from http import HTTPStatus`.
"""

import enum
import sys

from httpcodes import _httpcodes

# Never true at run time: importing `typing` would cost more than building both enums.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import TypeVar

    _Kind = TypeVar("_Kind", bound=type[enum.Enum])


def _make(
    kind: "_Kind", name: str, doc: str, members: "dict[str, object]", **extra: object
) -> "_Kind":
    """An enum of `kind` named `name` in module `httpcodes`, with `members` and `extra`."""
    body: dict[str, object] = {"__module__": "httpcodes", "__qualname__": name, "__doc__": doc}
    body.update(extra)
    if sys.version_info >= (3, 11):
        body.update(members)
        made = enum._simple_enum(kind)(type(name, (), body))  # type: ignore[attr-defined]
    else:
        namespace = enum.EnumMeta.__prepare__(name, (kind,))
        for key, value in {**body, **members}.items():
            namespace[key] = value
        made = enum.EnumMeta(name, (kind,), namespace)
    if not (isinstance(made, type) and issubclass(made, kind)):  # tells mypy what was made
        raise TypeError(made)
    return made  # type: ignore[return-value]


def _classes() -> type[enum.Enum]:
    rows = _httpcodes.classes()
    status_class = _make(
        enum.Enum,
        "StatusClass",
        "The class of a status code by range; its value is the first digit.",
        {name: digit for digit, name, *_ in rows},
    )
    for digit, _, label, range_, description in rows:
        status_class(digit).__dict__.update(label=label, range=range_, description=description)
    return status_class


StatusClass = _classes()
_CLASS_BY_DIGIT = {member.value: member for member in StatusClass}


def class_of(code: int, /) -> "enum.Enum | None":
    """The class of any code from 100 to 599, listed or not (499 is a client error), else None."""
    return _CLASS_BY_DIGIT.get(_httpcodes.class_digit(code))


def _description(member: int) -> str:
    """The description of `member`'s class: the stdlib's `HTTPStatus.description` is a line too."""
    description: str = _CLASS_BY_DIGIT[_httpcodes.class_digit(member)].__dict__["description"]
    return description


def _flag(bit: int) -> property:
    """A member's answer to core's flag number `bit` (`httpcodes::FLAGS`), asked of core."""
    return property(lambda member: bool(_httpcodes.flag_bits(member) >> bit & 1))


def _statuses() -> type[enum.IntEnum]:
    rows = _httpcodes.statuses()
    http_status = _make(
        enum.IntEnum,
        "HTTPStatus",
        "An HTTP status listed in the table; an `int` equal to its code.",
        {name: code for name, code, *_ in rows},
        # The plain number, as an IntEnum gives from Python 3.11 on, on every supported version.
        __str__=int.__repr__,
        __format__=int.__format__,
        # What follows from the class and the flags is asked of core when read, as the stdlib's
        # `is_*` properties compute theirs (3.12+): only the phrase is stored per member.
        status_class=property(class_of),
        description=property(_description),
        **{name: _flag(bit) for bit, name in enumerate(_httpcodes.flag_names())},
    )
    for name, _, phrase, *_ in rows:
        http_status[name].__dict__["phrase"] = phrase
    return http_status


HTTPStatus = _statuses()
