"""The lookups `httpcodes` answers from: the native module where the wheel has one, else the
same lookups in Python (`_pure`, the only ones in the pure wheel, `py3-none-any`)."""

try:
    from httpcodes._httpcodes import (
        __version__,
        class_digit,
        code_of,
        describe,
        flag_bits,
        name_of,
        reason_phrase,
    )
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

__all__ = [
    "__version__",
    "class_digit",
    "code_of",
    "describe",
    "flag_bits",
    "name_of",
    "reason_phrase",
]
