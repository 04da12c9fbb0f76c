# The private native module; `httpcodes` presents it.

__all__ = [
    "__version__",
    "class_digit",
    "classes",
    "code_of",
    "reason_phrase",
    "statuses",
]

__version__: str

def reason_phrase(code: int, /) -> str | None: ...
def code_of(phrase: str, /) -> int | None: ...
def class_digit(code: int, /) -> int: ...
def statuses() -> list[tuple[str, int, str, int, bool, bool, bool]]: ...
def classes() -> list[tuple[int, str, str, str]]: ...
