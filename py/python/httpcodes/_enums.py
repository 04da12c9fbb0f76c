"""How the package makes its enums: the way the stdlib makes `http.HTTPStatus` on each Python.

From 3.11 the stdlib builds `HTTPStatus` with `enum._simple_enum`, which skips `EnumMeta`'s
per-member checks and costs a fraction of it; the table comes from core, already checked, so the
same shortcut is safe here. Before 3.11 there is no such function, and the stdlib (like this
module) goes through `EnumMeta`. `_simple_enum` is private, hence the version guard; the suite
runs on 3.9, 3.11 and 3.13.
"""

import enum
import sys

# Never true at run time: importing `typing` would cost more than building both enums.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import TypeVar

    E = TypeVar("E", bound=type[enum.Enum])


def make_enum(
    kind: "E", name: str, doc: str, members: "dict[str, object]", **methods: object
) -> "E":
    """An enum of `kind` named `name` in module `httpcodes` with `members` and `methods`."""
    body: "dict[str, object]" = {"__module__": "httpcodes", "__qualname__": name, "__doc__": doc}
    body.update(methods)
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
