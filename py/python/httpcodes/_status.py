"""`HTTPStatus`, the listed statuses as an `IntEnum`, built from core's table."""

import enum

from httpcodes import _httpcodes
from httpcodes._classes import StatusClass


def _facts_of_class(status_class: enum.Enum) -> dict[str, object]:
    """What every member of `status_class` carries, whatever its code."""
    facts: dict[str, object] = {
        "status_class": status_class,
        "description": status_class.__dict__["description"],
    }
    # The stdlib's is_informational ... is_server_error: "is_" + each class's name, lower case.
    for other in StatusClass:
        facts[f"is_{other.name.lower()}"] = other is status_class
    facts["is_error"] = facts["is_client_error"] or facts["is_server_error"]
    return facts


def _build() -> type[enum.IntEnum]:
    rows = _httpcodes.statuses()
    namespace = enum.EnumMeta.__prepare__("HTTPStatus", (enum.IntEnum,))
    namespace["__module__"] = "httpcodes"
    namespace["__qualname__"] = "HTTPStatus"
    namespace["__doc__"] = "An HTTP status listed in the table; an `int` equal to its code."
    # The plain number, as an IntEnum gives from Python 3.11 on, on every supported version.
    namespace["__str__"] = int.__repr__
    namespace["__format__"] = int.__format__
    for name, code, *_ in rows:
        namespace[name] = code
    http_status = enum.EnumMeta("HTTPStatus", (enum.IntEnum,), namespace)
    if not issubclass(http_status, enum.IntEnum):  # never true: it tells mypy what EnumMeta made
        raise TypeError(http_status)

    facts_by_digit = {member.value: _facts_of_class(member) for member in StatusClass}
    for name, _, phrase, digit, is_redirect, is_empty_body, is_retry in rows:
        http_status[name].__dict__.update(
            facts_by_digit[digit],
            phrase=phrase,
            is_redirect=is_redirect,
            is_empty_body=is_empty_body,
            is_retry=is_retry,
        )
    return http_status


HTTPStatus = _build()
