"""HTTP status codes from one shared table: a typed, faster drop-in for `http.HTTPStatus`.

Every answer comes from the httpcodes core table (compiled into `httpcodes._httpcodes`), the same
one the Rust, C and Node packages answer from; the pure wheel, for interpreters no native wheel
fits, answers the same from that table as data (`_pure`).
"""

import _thread

from httpcodes._table import FLAG_NAMES as _FLAGS
from httpcodes._table import NAMES as _NAMES

# Never true at run time: `typing` and `collections.abc` cost more to import than all of httpcodes.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import enum
    from collections.abc import Callable
    from types import ModuleType
    from typing import Any, TypeVar

    _Kind = TypeVar("_Kind", bound=type[enum.Enum])

# The lookups, the enums and one `is_*` function per flag of core (generated into `_table`).
__all__ = [*_NAMES]  # noqa: PLE0604 - the names are strings, generated from core

# Everything is made on first use, so each import costs only what it needs: the lookups
# (`_lookups`: native, or `_pure` in the pure wheel) load with the first of them, the enums are
# built (from core's table as data, generated into `_table`) with the first of them, each code's
# registered phrase, reference and description are read with the first of those, and its header
# fields (`_fields`) with the first of theirs; `from
# httpcodes import HTTPStatus` loads no native code. The import system runs each submodule once,
# and `_build_enums` runs and each name is bound under one lock, so threads that race here all
# get the same objects, with or without the GIL.
_NATIVE = ("reason_phrase", "name_of", "code_of", "__version__")
_FACTS = ("registered_phrase", "reference_of", "description_of")
_FIELDS = ("HeaderField", "header_fields", "missing_fields")
_ENUMS = ("HTTPStatus", "StatusClass", "class_of")
_BUILDING = _thread.allocate_lock()


def __getattr__(name: str) -> object:
    value: object
    if name in _NATIVE:
        from httpcodes import _lookups  # noqa: PLC0415 - on first use, see above

        value = getattr(_lookups, name)
    elif name in _FACTS:
        value = getattr(_fact_columns(), name)
    elif name in _FIELDS:
        value = getattr(_field_table(), name)
    elif name in _ENUMS:
        with _BUILDING:
            if "HTTPStatus" not in globals():
                globals().update(_build_enums())
        return globals()[name]
    elif name in _FLAGS:
        from httpcodes._lookups import flag  # noqa: PLC0415 - on first use, see above

        value = flag(name, _FLAGS.index(name))
    else:
        message = f"module 'httpcodes' has no attribute {name!r}"
        raise AttributeError(message)
    with _BUILDING:  # later lookups skip __getattr__; racing threads all get the first object
        return globals().setdefault(name, value)


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


def _fact(column: str, doc: str) -> property:
    """A member's fact: its code's entry in `_facts`' `column`, read at the first use of one."""
    return property(lambda member: getattr(_fact_columns(), column)[member], doc=doc)


def _fact_columns() -> "ModuleType":
    """Each code's registered phrase, reference and description (`_facts`), read at the first use
    of one."""
    from httpcodes import _facts  # noqa: PLC0415 - on first use, see above

    return _facts


def _field_table() -> "ModuleType":
    """Each code's header fields (`_fields`), read at the first use of one."""
    from httpcodes import _fields  # noqa: PLC0415 - on first use, see above

    return _fields


# ---- The enums ------------------------------------------------------------------------------
#
# `from httpcodes import HTTPStatus, StatusClass` costs no more than `from http import
# HTTPStatus` (bench/python), so the enums are built here, not in a module of their own (a third
# import), from `_table`'s columns (no number parsed, no native code loaded), each made memberless
# as the stdlib makes `http.HTTPStatus` (`enum._simple_enum` from 3.11, the metaclass before) and
# given its members by `_add_members`: two objects each, no checks (core checks the table), few
# enough objects that the import sets off no garbage collection. These are enum's private
# internals, hence the version guard; the suite runs on every supported version. Each fact is a
# property reading a dict or frozenset keyed by the code (no work per member; `_facts` holds the
# registry's facts and `_fields` the header fields, each read at first use), private to this
# module and keyed by the member's int value, which no caller can change; both classes refuse any
# attribute set or deleted.


def _add_members(made: "Any", members: "dict[str, int]") -> None:  # noqa: ANN401 - enum internals
    """Adds `members` to the memberless enum `made` as its metaclass adds a member no descriptor
    shadows; a name whose value an earlier name has is an alias of that member."""
    member_type = made._member_type_
    plain = member_type is object
    by_value = made._value2member_map_
    names = made._member_names_
    by_name = made._member_map_
    for name, value in members.items():
        member = by_value.get(value)
        if member is None:
            member = object.__new__(made) if plain else member_type.__new__(made, value)
            member._value_ = value
            member._name_ = name
            member.__objclass__ = made
            member._sort_order_ = len(names)
            names.append(name)
            by_value[value] = member
        type.__setattr__(made, name, member)  # the metaclass's __setattr__ refuses members
        by_name[name] = member


def _new(cls: "Any", value: object) -> "Any":  # noqa: ANN401 - enum internals
    """`Enum.__new__`'s lookup, with a `ValueError` that quotes the value by core's excerpt rule
    (the stdlib's takes the whole `repr`, running the value's own code)."""
    if type(value) is cls:
        return value
    try:
        return cls._value2member_map_[value]
    except (KeyError, TypeError):
        pass
    from httpcodes._lookups import describe  # noqa: PLC0415 - only on this error path

    message = f"{describe(value)} is not a valid {cls.__qualname__}"
    raise ValueError(message)


def _build_enums() -> "dict[str, object]":
    """`StatusClass`, `HTTPStatus` and `class_of`, built from the table (once, see above)."""
    import enum  # noqa: PLC0415 - with the first use of an enum

    make = _enum_maker(enum)
    status_class, class_by_digit = _status_class(make, enum.Enum)
    http_status = _http_status(make, enum.IntEnum, class_by_digit)
    return {
        "StatusClass": status_class,
        "HTTPStatus": http_status,
        "class_of": _class_of(class_by_digit),
    }


def _enum_maker(enum: "Any") -> "Callable[..., Any]":  # noqa: ANN401 - the enum module
    """The function that makes each enum: memberless as the stdlib makes `http.HTTPStatus`, then
    given its members (`_add_members`) and its `__new__` (`_new`), then frozen."""
    import sys  # noqa: PLC0415

    class FrozenEnumType(type(enum.Enum)):  # type: ignore[misc]
        """The metaclass of both enums once built: no attribute can be set or deleted on them."""

        def __setattr__(cls, name: str, value: object) -> None:
            message = f"cannot set {cls.__name__}.{name}: httpcodes' table is read-only"
            raise AttributeError(message)

        def __delattr__(cls, name: str) -> None:
            message = f"cannot delete {cls.__name__}.{name}: httpcodes' table is read-only"
            raise AttributeError(message)

    def make(
        kind: "_Kind", name: str, doc: str, members: "dict[str, int]", **extra: object
    ) -> "_Kind":
        """An enum of `kind` named `name` in module `httpcodes`, with `members` (an alias after
        the member it names) and `extra`, frozen."""
        body: dict[str, object] = {"__module__": __name__, "__qualname__": name, "__doc__": doc}
        body.update(extra)
        if sys.version_info >= (3, 11):
            made = enum._simple_enum(kind)(type(name, (), body))
        else:
            namespace = enum.EnumMeta.__prepare__(name, (kind,))
            for key, value in body.items():
                namespace[key] = value
            made = enum.EnumMeta(name, (kind,), namespace)
        if not (isinstance(made, type) and issubclass(made, kind)):  # tells mypy what was made
            raise TypeError(made)
        _add_members(made, members)
        type.__setattr__(made, "__new__", _new)
        made.__class__ = FrozenEnumType  # type: ignore[method-assign]
        return made  # type: ignore[return-value]

    return make


def _status_class(
    make: "Callable[..., Any]",
    kind: "Any",  # noqa: ANN401 - enum.Enum
) -> "tuple[Any, dict[int, Any]]":
    """`StatusClass`, and its members by their digit."""
    from httpcodes._table import CLASSES  # noqa: PLC0415

    # The five classes, each keyed by itself (it hashes by name): filled in once it exists.
    labels: dict[object, str] = {}
    ranges: dict[object, str] = {}
    descriptions: dict[object, str] = {}
    status_class = make(
        kind,
        "StatusClass",
        "The class of a status code by range; its value is the first digit.",
        {name: digit for digit, name, *_ in CLASSES},
        label=property(labels.__getitem__, doc="The spec's name of the class: 'Client Error'."),
        range=property(ranges.__getitem__, doc="The range the class covers, e.g. '4xx'."),
        description=property(descriptions.__getitem__, doc="The spec's line for the class."),
    )
    class_by_digit = {}
    for member, row in zip(status_class, CLASSES):
        class_by_digit[row[0]] = member
        labels[member] = row[2]
        ranges[member] = row[3]
        descriptions[member] = row[4]
    return status_class, class_by_digit


def _class_of(class_by_digit: "dict[int, Any]") -> "Callable[[int], Any]":
    """The module's `class_of`, answered by the lookups' `class_digit`."""
    class_digit: Callable[[int], int] | None = None

    def class_of(code: int, /) -> "enum.Enum | None":
        """The class of any code from 100 to 599, listed or not (499 is a client error), else
        None."""
        nonlocal class_digit
        if class_digit is None:
            from httpcodes import _lookups  # noqa: PLC0415 - on first use

            class_digit = _lookups.class_digit
        return class_by_digit.get(class_digit(code))

    class_of.__qualname__ = "class_of"
    return class_of


def _http_status(
    make: "Callable[..., Any]",
    kind: "Any",  # noqa: ANN401 - enum.IntEnum
    class_by_digit: "dict[int, Any]",
) -> "Any":  # noqa: ANN401 - the enum made
    """`HTTPStatus`: a member per NAME and alias name, each fact a property keyed by the code."""
    from httpcodes._table import ALIAS_NAMES, CODES, FLAG_CODES, STATUSES  # noqa: PLC0415

    # The statuses, a column at a time, keyed by code (a member hashes and compares as its int).
    fields = STATUSES.replace("\n", "|").split("|")
    members = dict(zip(fields[1::3], CODES))
    aliases = ALIAS_NAMES.split()  # an alias name, then the NAME it stands for
    members.update(zip(aliases[::2], map(members.__getitem__, aliases[1::2])))
    phrases = dict(zip(CODES, fields[2::3]))
    classes = {code: class_by_digit[code // 100] for code in CODES}
    return make(
        kind,
        "HTTPStatus",
        "An HTTP status listed in the table; an `int` equal to its code.",
        members,
        # The plain number, as an IntEnum gives from Python 3.11 on, on every supported version.
        __str__=int.__repr__,
        __format__=int.__format__,
        phrase=property(phrases.__getitem__, doc="The spec's phrase, e.g. 'Not Found'."),
        registered_phrase=_fact("REGISTERED", "The registry's phrase ('Found' for 302), or None."),
        reference=_fact("REFERENCE", "Where the registry defines it, or None."),
        description=_fact("DESCRIPTION", "One sentence on what the code means."),
        header_fields=property(
            lambda member: _field_table().FIELDS[member],
            doc="The header fields a response with the code carries, by the RFCs: a tuple.",
        ),
        status_class=property(classes.__getitem__, doc="Its class, a StatusClass."),
        # The flags are properties, as the stdlib's `is_*` are (3.12+).
        **{
            name: property(frozenset(codes).__contains__, doc=f"Core's `{name}` for the code.")
            for name, codes in zip(_FLAGS, FLAG_CODES)
        },
    )
