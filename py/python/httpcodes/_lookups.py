"""The lookups `httpcodes` answers from: the native module where the wheel has one, else the
same lookups in Python (`_pure`, the only ones in the pure wheel, `py3-none-any`)."""

# Never true at run time: `typing` and `collections.abc` cost more to import than all of httpcodes.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from types import ModuleType

try:
    # The order is the point: a missing module raises ModuleNotFoundError in the first import,
    # where `from httpcodes import _httpcodes` would raise a bare ImportError.
    # isort: off
    from httpcodes._httpcodes import (
        __version__,
        class_digit,
        code_of,
        describe,
        flag_bits,
        name_of,
        reason_phrase,
    )
    from httpcodes import _httpcodes

    # isort: on
    _NATIVE: "ModuleType | None" = _httpcodes
except ModuleNotFoundError as _missing:
    # Only a wheel without the module falls back; a native module that fails to load says so.
    if _missing.name != "httpcodes._httpcodes":
        raise
    from httpcodes._pure import (
        __version__,
        class_digit,
        code_of,
        describe,
        flag_bits,
        name_of,
        reason_phrase,
    )

    _NATIVE = None

__all__ = [
    "__version__",
    "class_digit",
    "code_of",
    "describe",
    "flag_bits",
    "name_of",
    "reason_phrase",
]


def flag(name: str, bit: int) -> "Callable[[int], bool]":
    """The module-level `is_*` function for core's flag `name` (bit `bit` of `flag_bits`): the
    native module's own, one call as cheap as `reason_phrase`, where the wheel has one; else one
    in Python over the pure `flag_bits`, with the same answers and errors."""
    if _NATIVE is not None:
        native: Callable[[int], bool] = getattr(_NATIVE, name)
        return native

    def answer(code: int, /) -> bool:
        return bool(flag_bits(code) >> bit & 1)

    answer.__name__ = answer.__qualname__ = name
    answer.__doc__ = f"Core's `{name}` for any int `code` (False outside what it covers)."
    return answer
