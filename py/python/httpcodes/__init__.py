"""HTTP status codes from one shared table: a typed, faster drop-in for `http.HTTPStatus`.

Every answer comes from the httpcodes core table (compiled into `httpcodes._httpcodes`), the same
one the Rust, C and Node packages answer from.
"""

from httpcodes._httpcodes import __version__, code_of, flag_bits, flag_names, reason_phrase

# Never true at run time: `typing` and `collections.abc` cost more to import than all of httpcodes.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = [
    "HTTPStatus",
    "StatusClass",
    "__version__",
    "class_of",
    "code_of",
    "reason_phrase",
]
__all__ += flag_names()  # noqa: PLE0605 - the is_* functions below, one per flag core lists


def _flag(name: str, bit: int) -> "Callable[[int], bool]":
    """The module-level `is_*` function for core's flag `name`, answered by core."""

    def flag(code: int, /) -> bool:
        return bool(flag_bits(code) >> bit & 1)

    flag.__name__ = flag.__qualname__ = name
    flag.__doc__ = f"Core's `{name}` for any int `code` (False outside what it covers)."
    return flag


# is_informational ... is_retry, as C and Node have them: one per flag core lists.
globals().update((name, _flag(name, bit)) for bit, name in enumerate(flag_names()))

# The enums need the `enum` module and a few hundred microseconds to build, so they are made on
# first use: `import httpcodes` then costs no more than the native lookups. The import system runs
# each submodule once, so threads that race here all get the same objects.
_BUILT_ON_FIRST_USE = {
    "HTTPStatus": "httpcodes._enums",
    "StatusClass": "httpcodes._enums",
    "class_of": "httpcodes._enums",
}


def __getattr__(name: str) -> object:
    module = _BUILT_ON_FIRST_USE.get(name)
    if module is None:
        message = f"module 'httpcodes' has no attribute {name!r}"
        raise AttributeError(message)
    value = getattr(__import__(module, fromlist=[name]), name)
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_BUILT_ON_FIRST_USE})
