"""`StatusClass`, `HTTPStatus` and `class_of`, built from core's table on first use.

`from httpcodes import HTTPStatus` must cost no more than `from http import HTTPStatus`, so:
- the table comes as data, generated from core into `_table.py` (`make lint` fails while it is
  stale): building the enums loads no native code; `class_of` loads it with its first call;
- the enums are made the way the stdlib makes `http.HTTPStatus` on 3.11 and later, with
  `enum._simple_enum`, which skips `EnumMeta`'s per-member checks (core's table is checked
  already). Before 3.11 there is no such function, so `_add_members` does what those versions'
  `EnumMeta` does. Both are private enum internals, hence the version guard; the suite runs on
  every supported version;
- no `typing` at run time;
- the table's facts are read-only: each is a property that reads a table private to this
  module (keyed by the member's identity, which no caller can change), and both classes refuse
  to have an attribute set or deleted, so no caller changes what another reads.
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


class _FrozenEnumType(type(enum.Enum)):  # type: ignore[misc]
    """The metaclass of both enums once built: no attribute can be set or deleted on them."""

    def __setattr__(cls, name: str, value: object) -> None:
        message = f"cannot set {cls.__name__}.{name}: httpcodes' table is read-only"
        raise AttributeError(message)

    def __delattr__(cls, name: str) -> None:
        message = f"cannot delete {cls.__name__}.{name}: httpcodes' table is read-only"
        raise AttributeError(message)


def _new(cls: "Any", value: object) -> "Any":  # noqa: ANN401 - enum internals
    """`Enum.__new__`'s lookup, with a `ValueError` that quotes the value by core's excerpt rule
    (the stdlib's takes the whole `repr`, running the value's own code)."""
    if type(value) is cls:
        return value
    try:
        return cls._value2member_map_[value]
    except (KeyError, TypeError):
        pass
    from httpcodes._httpcodes import describe  # noqa: PLC0415 - only on this error path

    message = f"{describe(value)} is not a valid {cls.__qualname__}"
    raise ValueError(message)


def _make(
    kind: "_Kind", name: str, doc: str, members: "dict[str, int]", **extra: object
) -> "_Kind":
    """An enum of `kind` named `name` in module `httpcodes`, with `members` and `extra`, frozen."""
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
    type.__setattr__(made, "__new__", _new)
    made.__class__ = _FrozenEnumType  # type: ignore[method-assign]
    return made  # type: ignore[return-value]


# Each member's facts, by `id(member)`: members live as long as the process, so ids are stable.
_FACTS: "dict[int, dict[str, Any]]" = {}


def _fact(name: str, doc: str) -> property:
    """A read-only attribute: the member's fact `name`."""
    return property(lambda member: _FACTS[id(member)][name], doc=doc)


def _flag(bit: int) -> property:
    """A member's answer to core's flag number `bit`, from the bits core gave it."""
    return property(lambda member: bool(_FACTS[id(member)]["flag_bits"] >> bit & 1))


StatusClass = _make(
    enum.Enum,
    "StatusClass",
    "The class of a status code by range; its value is the first digit.",
    {name: digit for digit, name, *_ in CLASSES},
    label=_fact("label", "The spec's name of the class, e.g. 'Client Error'."),
    range=_fact("range", "The range the class covers, e.g. '4xx'."),
    description=_fact("description", "The spec's one line for the class."),
)
for _digit, _class_name, _label, _range, _description in CLASSES:
    _FACTS[id(StatusClass(_digit))] = {
        "label": _label,
        "range": _range,
        "description": _description,
    }

_CLASS_BY_DIGIT = {member.value: member for member in StatusClass}
_class_digit = None


def class_of(code: int, /) -> "enum.Enum | None":
    """The class of any code from 100 to 599, listed or not (499 is a client error), else None."""
    global _class_digit  # noqa: PLW0603 - the native lookup, bound on first use
    if _class_digit is None:
        from httpcodes._httpcodes import class_digit  # noqa: PLC0415

        _class_digit = class_digit
    return _CLASS_BY_DIGIT.get(_class_digit(code))


HTTPStatus = _make(
    enum.IntEnum,
    "HTTPStatus",
    "An HTTP status listed in the table; an `int` equal to its code.",
    {name: code for name, code, *_ in STATUSES},
    # The plain number, as an IntEnum gives from Python 3.11 on, on every supported version.
    __str__=int.__repr__,
    __format__=int.__format__,
    phrase=_fact("phrase", "The spec's reason phrase, e.g. 'Not Found'."),
    description=_fact("description", "Its class's line from the spec."),
    status_class=_fact("status_class", "Its class, a StatusClass."),
    # The flags are properties, as the stdlib's `is_*` are (3.12+).
    **{name: _flag(bit) for bit, name in enumerate(FLAG_NAMES)},
)
for _name, _code, _phrase, _digit, _flag_bits in STATUSES:
    _class = _CLASS_BY_DIGIT[_digit]
    _FACTS[id(HTTPStatus[_name])] = {
        "phrase": _phrase,
        "description": _FACTS[id(_class)]["description"],
        "status_class": _class,
        "flag_bits": _flag_bits,
    }
