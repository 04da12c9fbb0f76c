"""HTTP status codes from one shared table: a typed, faster drop-in for `http.HTTPStatus`.

Every answer comes from the httpcodes core table (compiled into `httpcodes._httpcodes`), the same
one the Rust, C and Node packages answer from.
"""

from httpcodes._httpcodes import __version__, code_of, reason_phrase

__all__ = [
    "HTTPStatus",
    "StatusClass",
    "__version__",
    "class_of",
    "code_of",
    "reason_phrase",
]

# The enums need the `enum` module and a few hundred microseconds to build, so they are made on
# first use: `import httpcodes` then costs no more than the native lookups. The import system runs
# each submodule once, so threads that race here all get the same objects.
_BUILT_ON_FIRST_USE = {
    "HTTPStatus": "httpcodes._status",
    "StatusClass": "httpcodes._classes",
    "class_of": "httpcodes._classes",
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
