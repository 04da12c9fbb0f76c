"""The Python door's fuzz checks: one input → one Python value → every public function of
`httpcodes`, each answer compared with the oracle.

The oracle is the shared vectors (tests/vectors, read through tests/python/vectors.py): the
statuses, aliases and classes transcribed from the spec, with the contract's rules written the
plain way (spec/API.md): reverse lookup is a scan of the phrases and aliases, ASCII
case-insensitive, ASCII whitespace trimmed; classes and range flags go by range. Only the
documented exceptions may come out: `TypeError` for a value of the wrong type, `ValueError` from
`HTTPStatus(x)` and `KeyError` from `HTTPStatus[x]` for an unknown one. Messages are only checked
to be bounded (their wording is the excerpt rule's, tested elsewhere).

An input is one kind byte, which picks the kind of value (values.py), and the bytes it is made
from.
`check(data)` raises `MismatchError` on any disagreement; the atheris driver (fuzz_httpcodes.py) and
tests/python/test_fuzz_regressions.py both call it.
"""

import math
import sys
from pathlib import Path

import httpcodes

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests" / "python"))

from values import Awkward, RefusedError, value_of

import vectors  # the shared reader of tests/vectors, found through the path above

# Never true at run time.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable

STATUSES = {status.code: status for status in vectors.statuses()}
NAMES = {status.name: status.code for status in STATUSES.values()}
NAMES.update(vectors.alias_names())  # `HTTPStatus[name]` takes the alias names too
FACTS = {row.code: row for row in vectors.facts()}
KEYS = {status.phrase.lower(): status.code for status in STATUSES.values()}
KEYS.update({alias.lower(): code for alias, code in vectors.aliases()})
CLASSES = {int(row.range[0]): row for row in vectors.classes()}
# What the contract calls ASCII whitespace (Python's own `strip()` takes more).
ASCII_SPACE = " \t\n\x0c\r"
RANGE_FLAGS = {
    "is_informational": {1},
    "is_success": {2},
    "is_redirection": {3},
    "is_client_error": {4},
    "is_server_error": {5},
    "is_error": {4, 5},
}
# The listed flags (spec/API.md); statuses.tsv's flags column lists those that hold for a code.
LISTED_FLAGS = ("is_redirect", "is_empty_body", "is_retry", "is_cacheable_by_default")
# Each listed code's header fields as (name, level, section, condition), in the RFC's order.
FIELDS: "dict[int, list[tuple[str, str, str, str | None]]]" = {code: [] for code in STATUSES}
for _row in vectors.header_fields():
    FIELDS[_row.code].append((_row.name, _row.level, _row.section, _row.condition))
# The code with the most header fields: what `missing_fields` is asked of a name.
MOST_FIELDS = max(FIELDS, key=lambda code: len(FIELDS[code]))
LONGEST_MESSAGE = 1000


class MismatchError(AssertionError):
    """An answer that differs from the oracle's."""


def expected_code_of(text: str) -> "int | None":
    """The contract's reverse lookup, by the vectors."""
    key = text.strip(ASCII_SPACE)
    return KEYS.get(key.lower()) if key.isascii() else None


def _outcome(call: "Callable[[], object]") -> "tuple[object, BaseException | None]":
    try:
        return call(), None
    except Exception as error:  # whichever comes out is compared by the caller
        return None, error


def _expect(
    what: str,
    call: "Callable[[], object]",
    answer: object,
    same: "Callable[[object, object], bool] | None" = None,
) -> object:
    """Calls `call`, which must return `answer` (by `same`, else by `==` and type)."""
    got, error = _outcome(call)
    if error is not None:
        raise MismatchError(f"{what}: expected {answer!r}, raised {error!r}") from error
    equal = same(got, answer) if same else type(got) is type(answer) and got == answer
    if not equal:
        raise MismatchError(f"{what}: expected {answer!r}, got {got!r}")
    return got


def _expect_error(
    what: str,
    call: "Callable[[], object]",
    raises: "tuple[type[BaseException], ...]",
    *,
    bounded: bool = True,
) -> None:
    """Calls `call`, which must raise one of `raises`, with a message of bounded length unless
    `bounded` is False."""
    got, error = _outcome(call)
    if error is None or not isinstance(error, raises):
        message = f"{what}: expected {[r.__name__ for r in raises]}, got {got!r} / {error!r}"
        raise MismatchError(message) from error
    if bounded and len(str(error)) > LONGEST_MESSAGE:
        raise MismatchError(f"{what}: a message of {len(str(error))} characters")


def _same_class(got: object, digit: object) -> bool:
    if digit is None:
        return got is None
    row = CLASSES[int(str(digit))]
    return (
        isinstance(got, httpcodes.StatusClass)
        and got.value == digit
        and got.label == row.label
        and got.description == row.description
    )


def _flags(code: int) -> "dict[str, bool]":
    digit = code // 100 if 100 <= code <= 599 else None
    status = STATUSES.get(code)
    flags = {name: digit in digits for name, digits in RANGE_FLAGS.items()}
    for name in LISTED_FLAGS:
        flags[name] = status is not None and name in status.flags
    return flags


def check_code_functions(value: object) -> None:
    """reason_phrase, name_of, the facts, class_of and every is_* with `value` as the code."""
    functions = {
        "reason_phrase": httpcodes.reason_phrase,
        "name_of": httpcodes.name_of,
        "registered_phrase": httpcodes.registered_phrase,
        "reference_of": httpcodes.reference_of,
        "description_of": httpcodes.description_of,
        "class_of": httpcodes.class_of,
        "header_fields": httpcodes.header_fields,
        **{name: getattr(httpcodes, name) for name in (*RANGE_FLAGS, *LISTED_FLAGS)},
    }
    if isinstance(value, bool) or not isinstance(value, int):
        for name, function in functions.items():
            _expect_error(name, lambda f=function: f(value), (TypeError,))  # type: ignore[misc]
        return
    code = int(value)
    status = STATUSES.get(code)
    _expect("reason_phrase", lambda: httpcodes.reason_phrase(value), status and status.phrase)
    _expect("name_of", lambda: httpcodes.name_of(value), status and status.name)
    facts = FACTS.get(code)
    _expect(
        "registered_phrase",
        lambda: httpcodes.registered_phrase(value),
        facts and facts.registered_phrase,
    )
    _expect("reference_of", lambda: httpcodes.reference_of(value), facts and facts.reference)
    _expect("description_of", lambda: httpcodes.description_of(value), facts and facts.description)
    digit = code // 100 if 100 <= code <= 599 else None
    _expect("class_of", lambda: httpcodes.class_of(value), digit, same=_same_class)
    for name, expected in _flags(code).items():
        _expect(name, lambda n=name: getattr(httpcodes, n)(value), expected)  # type: ignore[misc]
    fields = FIELDS.get(code)
    _expect("header_fields", lambda: httpcodes.header_fields(value), fields, same=_same_fields)


def _same_fields(got: object, expected: object) -> bool:
    """`got` is None where `expected` is, else a tuple of header fields equal to its rows."""
    if expected is None or got is None:
        return got is expected
    return isinstance(got, tuple) and [tuple(field) for field in got] == expected


def check_missing_fields(value: object) -> None:
    """missing_fields with `value` as the one name present: ASCII case-insensitive, whole."""
    call = lambda: httpcodes.missing_fields(MOST_FIELDS, [value])  # type: ignore[list-item]  # noqa: E731
    if not isinstance(value, str):
        _expect_error("missing_fields", call, (TypeError,))
        return
    folded = value.lower() if value.isascii() else None
    missing = [row for row in FIELDS[MOST_FIELDS] if row[0].lower() != folded]
    _expect("missing_fields", call, missing, same=_same_fields)


def check_member(member: object, code: int) -> None:
    """An `HTTPStatus` member answers what the vectors say of `code`."""
    status = STATUSES[code]
    if not (isinstance(member, httpcodes.HTTPStatus) and member.value == code):
        raise MismatchError(f"expected the member for {code}, got {member!r}")
    row = FACTS[code]
    facts = {"name": member.name, "phrase": member.phrase, "int": int(member), "str": str(member)}
    wanted = {"name": status.name, "phrase": status.phrase, "int": code, "str": str(code)}
    facts.update(registered=member.registered_phrase, reference=member.reference)
    wanted.update(registered=row.registered_phrase, reference=row.reference)
    facts["description"] = member.description
    wanted["description"] = row.description
    facts["fields"] = [tuple(field) for field in member.header_fields]
    wanted["fields"] = FIELDS[code]
    if facts != wanted:
        raise MismatchError(f"{code}: {facts} != {wanted}")
    if not _same_class(member.status_class, code // 100):
        raise MismatchError(f"{code}: status_class {member.status_class!r}")
    for name, expected in _flags(code).items():
        if getattr(member, name) is not expected:
            raise MismatchError(f"{code}: {name}")


def check_enum(value: object) -> None:
    """HTTPStatus(value) and HTTPStatus[value]."""
    listed = None
    if isinstance(value, (int, float)) and not (isinstance(value, float) and math.isnan(value)):
        listed = next((code for code in STATUSES if value == code), None)
    by_value = lambda: httpcodes.HTTPStatus(value)  # type: ignore[arg-type]  # noqa: E731
    if listed is None:
        # The enum's own ValueError shows the whole repr (as `http.HTTPStatus` does): neither
        # bounded, nor free of what the value's `__repr__` raises.
        refused = (RefusedError,) if isinstance(value, Awkward) else ()
        _expect_error("HTTPStatus(x)", by_value, (ValueError, *refused), bounded=False)
    else:
        check_member(_expect("HTTPStatus(x)", by_value, None, same=_any), listed)
    by_name = lambda: httpcodes.HTTPStatus[value]  # type: ignore[misc]  # noqa: E731
    named = NAMES.get(value) if isinstance(value, str) else None
    if named is None:
        _expect_error("HTTPStatus[x]", by_name, (KeyError,), bounded=False)
    else:
        check_member(_expect("HTTPStatus[x]", by_name, None, same=_any), named)


def _any(_got: object, _expected: object) -> bool:
    return True


def check_code_of(value: object) -> None:
    """code_of(value)."""
    if not isinstance(value, str):
        _expect_error("code_of", lambda: httpcodes.code_of(value), (TypeError,))  # type: ignore[arg-type]
        return
    _expect("code_of", lambda: httpcodes.code_of(value), expected_code_of(value))


def check(data: bytes) -> None:
    """Every public function of httpcodes on the value `data` stands for."""
    value = value_of(data)
    check_code_functions(value)
    check_missing_fields(value)
    check_code_of(value)
    check_enum(value)
