"""HTTP status codes from one shared table: a typed, faster drop-in for `http.HTTPStatus`.

Every answer comes from the httpcodes core table (compiled into `httpcodes._httpcodes`), the same
one the Rust, C and Node packages answer from.
"""

from httpcodes._table import FLAG_NAMES as _FLAGS
from httpcodes._table import NAMES as _NAMES

# Never true at run time: `typing` and `collections.abc` cost more to import than all of httpcodes.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable

# The lookups, the enums and one `is_*` function per flag of core (generated into `_table`).
__all__ = [*_NAMES]  # noqa: PLE0604 - the names are strings, generated from core

# Everything is made on first use, so each import costs only what it needs: the native lookups
# load with the first of them, and the enums are built (from core's table as data, generated into
# `_table`) with the first of them; `from httpcodes import HTTPStatus` loads no native code at all.
# The import system runs each submodule once, so threads that race here all get the same objects.
_NATIVE = ("reason_phrase", "name_of", "code_of", "__version__")
_ENUMS = ("HTTPStatus", "StatusClass", "class_of")


def _flag(name: str) -> "Callable[[int], bool]":
    """The module-level `is_*` function for core's flag `name`, answered by core."""
    from httpcodes._httpcodes import flag_bits  # noqa: PLC0415 - on first use

    bit = _FLAGS.index(name)

    def flag(code: int, /) -> bool:
        return bool(flag_bits(code) >> bit & 1)

    flag.__name__ = flag.__qualname__ = name
    flag.__doc__ = f"Core's `{name}` for any int `code` (False outside what it covers)."
    return flag


def __getattr__(name: str) -> object:
    value: object
    if name in _NATIVE:
        from httpcodes import _httpcodes  # noqa: PLC0415 - on first use, see above

        value = getattr(_httpcodes, name)
    elif name in _ENUMS:
        from httpcodes import _enums  # noqa: PLC0415 - on first use, see above

        value = getattr(_enums, name)
    elif name in _FLAGS:
        value = _flag(name)
    else:
        message = f"module 'httpcodes' has no attribute {name!r}"
        raise AttributeError(message)
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
