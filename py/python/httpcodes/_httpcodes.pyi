# The private native module; `httpcodes` presents it.

__all__ = [
    "__version__",
    "class_digit",
    "code_of",
    "describe",
    "flag_bits",
    "name_of",
    "reason_phrase",
]

__version__: str

def reason_phrase(code: int, /) -> str | None: ...
def name_of(code: int, /) -> str | None: ...
def code_of(phrase: str, /) -> int | None: ...
def describe(value: object, /) -> str: ...
def class_digit(code: int, /) -> int: ...
def flag_bits(code: int, /) -> int: ...
