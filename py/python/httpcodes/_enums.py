"""`StatusClass`, `HTTPStatus` and `class_of`, built from core's table on first use.

`from httpcodes import HTTPStatus` must cost no more than `from http import HTTPStatus`, so:
- the table comes as data, generated from core into `_table.py` (`make lint` fails while it is
  stale): building the enums loads no native code; `class_of` loads it with its first call;
- the enums are made the way the stdlib makes `http.HTTPStatus` on 3.11 and later, with
  `enum._simple_enum`, which skips `EnumMeta`'s per-member checks (core's table is checked
  already). Before 3.11 there is no such function, so `_add_members` does what those versions'
  `EnumMeta` does. Both are private enum internals, hence the version guard; the suite runs on
  every supported version;
- no `typing` at run time.
"""

import enum
import sys

from httpcodes._table import CLASSES, FLAG_NAMES, STATUSES

# Never true at run time: importing `typing` would cost more than building both enums.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, TypeVar

    _Kind = TypeVar("_Kind", bound=type[enum.Enum])


def _add_members(made: "Any", members: "dict[str, int]") -> None:  # noqa: ANN401 - enum internals
    """Adds `members` to the memberless enum `made`, as `EnumMeta` does before 3.11."""
    member_type = made._member_type_
    for name, value in members.items():
        plain = member_type is object
        member = object.__new__(made) if plain else member_type.__new__(made, value)
        member._value_ = value
        member._name_ = name
        member.__objclass__ = made
        type.__setattr__(made, name, member)  # EnumMeta.__setattr__ refuses members
        made._member_names_.append(name)
        made._member_map_[name] = member
        made._value2member_map_[value] = member


def _make(
    kind: "_Kind", name: str, doc: str, members: "dict[str, int]", **extra: object
) -> "_Kind":
    """An enum of `kind` named `name` in module `httpcodes`, with `members` and `extra`."""
    body: dict[str, object] = {"__module__": "httpcodes", "__qualname__": name, "__doc__": doc}
    body.update(extra)
    if sys.version_info >= (3, 11):
        body.update(members)
        made = enum._simple_enum(kind)(type(name, (), body))  # type: ignore[attr-defined]
    else:
        namespace = enum.EnumMeta.__prepare__(name, (kind,))
        for key, value in body.items():
            namespace[key] = value
        made = enum.EnumMeta(name, (kind,), namespace)
        _add_members(made, members)
    if not (isinstance(made, type) and issubclass(made, kind)):  # tells mypy what was made
        raise TypeError(made)
    return made  # type: ignore[return-value]


StatusClass = _make(
    enum.Enum,
    "StatusClass",
    "The class of a status code by range; its value is the first digit.",
    {name: digit for digit, name, *_ in CLASSES},
)
for _digit, _class_name, _label, _range, _description in CLASSES:
    StatusClass(_digit).__dict__.update(label=_label, range=_range, description=_description)

_CLASS_BY_DIGIT = {member.value: member for member in StatusClass}
_class_digit = None


def class_of(code: int, /) -> "enum.Enum | None":
    """The class of any code from 100 to 599, listed or not (499 is a client error), else None."""
    global _class_digit  # noqa: PLW0603 - the native lookup, bound on first use
    if _class_digit is None:
        from httpcodes._httpcodes import class_digit  # noqa: PLC0415

        _class_digit = class_digit
    return _CLASS_BY_DIGIT.get(_class_digit(code))


def _flag(bit: int) -> property:
    """A member's answer to core's flag number `bit`, from the bits core gave it."""
    return property(lambda member: bool(member.__dict__["_flag_bits_"] >> bit & 1))


HTTPStatus = _make(
    enum.IntEnum,
    "HTTPStatus",
    "An HTTP status listed in the table; an `int` equal to its code.",
    {name: code for name, code, *_ in STATUSES},
    # The plain number, as an IntEnum gives from Python 3.11 on, on every supported version.
    __str__=int.__repr__,
    __format__=int.__format__,
    # The flags are properties, as the stdlib's `is_*` are (3.12+).
    **{name: _flag(bit) for bit, name in enumerate(FLAG_NAMES)},
)
_FACTS_BY_DIGIT = {
    digit: {"status_class": member, "description": member.__dict__["description"]}
    for digit, member in _CLASS_BY_DIGIT.items()
}
for _name, _code, _phrase, _digit, _flag_bits in STATUSES:
    _facts = HTTPStatus[_name].__dict__
    _facts.update(_FACTS_BY_DIGIT[_digit], phrase=_phrase, _flag_bits_=_flag_bits)
