"""`httpcodes.HTTPStatus` works wherever `http.HTTPStatus` does, and differs from the running
interpreter's only as tests/compat/http.HTTPStatus.json lists."""

import copy
import enum
import http
import json
import operator
import pickle
import re
import sys
from pathlib import Path
from typing import Any, Callable, Union

import pytest
from packaging.specifiers import SpecifierSet

import httpcodes
from httpcodes import HTTPStatus, StatusClass

STDLIB_MEMBER_ATTRIBUTES = [
    "phrase",
    "description",
    "is_informational",
    "is_success",
    "is_redirection",
    "is_client_error",
    "is_server_error",
]


def test_it_is_an_int_enum() -> None:
    assert issubclass(HTTPStatus, enum.IntEnum)
    assert issubclass(StatusClass, enum.Enum)
    assert HTTPStatus["NOT_FOUND"] == 404
    assert HTTPStatus.NOT_FOUND < HTTPStatus.GONE + 1
    assert HTTPStatus.NOT_FOUND + 1 == 405
    assert {404: "x"}[HTTPStatus.NOT_FOUND] == "x"
    assert hash(HTTPStatus.NOT_FOUND) == hash(404)


def test_every_stdlib_attribute_exists_on_every_member() -> None:
    for member in HTTPStatus:
        for attribute in STDLIB_MEMBER_ATTRIBUTES:
            assert hasattr(member, attribute), (member, attribute)


@pytest.mark.parametrize("member", list(HTTPStatus), ids=lambda m: m.name)
def test_str_and_format_give_the_plain_number(member: HTTPStatus) -> None:
    assert str(member) == str(member.value)
    assert f"{member}" == str(member.value)
    assert format(member) == str(member.value)
    assert f"{member:>6}" == f"{member.value:>6}"
    assert f"{member:05d}" == f"{member.value:05d}"
    assert "%d" % member == str(member.value)  # noqa: UP031 - %-formatting is what is tested
    assert repr(member) == f"<HTTPStatus.{member.name}: {member.value}>"


def test_unknown_codes_raise_value_error_as_an_enum_does() -> None:
    with pytest.raises(ValueError, match="999 is not a valid HTTPStatus"):
        HTTPStatus(999)
    with pytest.raises(ValueError, match="104 is not a valid HTTPStatus"):
        HTTPStatus(104)


def test_names_index_the_enum() -> None:
    assert HTTPStatus["NOT_FOUND"] is HTTPStatus.NOT_FOUND
    assert HTTPStatus.__members__["IM_A_TEAPOT"] == 418
    with pytest.raises(KeyError):
        HTTPStatus["not_found"]


def test_every_stdlib_name_is_ours_with_the_same_code() -> None:
    # spec/API.md: every member and alias name of the running Python's `http.HTTPStatus`
    # resolves on ours to the same code, so code written for the stdlib runs unchanged.
    for name, theirs in http.HTTPStatus.__members__.items():
        assert int(HTTPStatus[name]) == int(theirs), name
        assert getattr(HTTPStatus, name) is HTTPStatus[name], name
        assert HTTPStatus[name] is HTTPStatus(theirs), name


def test_stdlib_members_find_ours_and_back() -> None:
    for member in HTTPStatus:
        try:
            stdlib = http.HTTPStatus(member.value)
        except ValueError:
            continue  # e.g. 419 and 420 are not in every stdlib
        assert HTTPStatus(stdlib) is member
        assert operator.eq(stdlib, member)  # equal ints; mypy sees two unrelated enums
        assert httpcodes.reason_phrase(stdlib) == member.phrase


def test_members_pickle_to_themselves() -> None:
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(HTTPStatus.NOT_FOUND, protocol)) is HTTPStatus.NOT_FOUND
        assert pickle.loads(pickle.dumps(StatusClass.SUCCESS, protocol)) is StatusClass.SUCCESS


def test_the_enums_present_themselves_as_httpcodes() -> None:
    assert HTTPStatus.__module__ == "httpcodes"
    assert HTTPStatus.__qualname__ == "HTTPStatus"
    assert StatusClass.__module__ == "httpcodes"
    assert StatusClass.__qualname__ == "StatusClass"


@pytest.mark.parametrize("kind", [HTTPStatus, StatusClass], ids=lambda kind: kind.__name__)
def test_each_enum_behaves_as_a_class_statement_would_make_it(kind: type[enum.Enum]) -> None:
    # The enums are built the stdlib's fast way on each version (see httpcodes/__init__.py); the
    # same members through every door an enum has.
    members = list(kind)
    assert len(kind) == len(members) == len(set(members))
    # `__members__` holds the alias names too, each naming a member that iteration gives once.
    assert [m for name, m in kind.__members__.items() if name == m.name] == members
    assert set(kind.__members__.values()) == set(members)
    for name, member in kind.__members__.items():
        assert kind[name] is getattr(kind, name) is member
    for member in members:
        assert kind(member.value) is member
        assert kind[member.name] is member
        assert getattr(kind, member.name) is member
        assert member in kind
        assert repr(member) == f"<{kind.__name__}.{member.name}: {member.value!r}>"
        assert copy.copy(member) is member
        assert copy.deepcopy(member) is member
    with pytest.raises(AttributeError):
        setattr(kind, members[0].name, members[1])
    assert sorted(set(dir(kind)) & {m.name for m in members}) == sorted(m.name for m in members)


# ---- Member by member against the running interpreter's `http.HTTPStatus` --------------------
#
# Every name the stdlib's enum has (aliases included) and every name ours has; then, for each
# stdlib member whose code httpcodes also has, every public attribute the stdlib's members have
# beyond int's (name, value, phrase, description, and the is_* properties from 3.12 on), and what
# str(), format() and repr() give, each with the member's own name and value written {name} and
# {value}; then the errors for values and names neither enum has. The differences allowed are
# those listed in tests/compat/http.HTTPStatus.json for this Python, each with its reason in the
# spec; an unlisted one fails, and so does a listed one that no longer exists.

LIST_FILE = Path(__file__).resolve().parents[1] / "compat" / "http.HTTPStatus.json"
LIST = json.loads(LIST_FILE.read_text(encoding="utf-8"))
PYTHON = f"{sys.version_info[0]}.{sys.version_info[1]}"
EVERY_MEMBER = "*"
ENTRY_FIELDS = {"member", "attribute", "stdlib", "httpcodes", "python", "reason"}

# The forms the contract gives every member (spec/API.md, Python).
FORMS: dict[str, Callable[[object], str]] = {"str()": str, "format()": format, "repr()": repr}
# Values and names neither enum has: both must refuse them alike.
UNKNOWN_VALUES: list[object] = [0, 99, 600, 999, -404, 10**30, "404"]
UNKNOWN_NAMES = ["not_found", "Not Found", "NOPE", ""]

# What a member, an attribute or a call shows: None where there is nothing (no such member).
Shown = Union[int, str, bool, None]
Key = tuple[str, str]  # (member, attribute)


def stdlib_attributes() -> list[str]:
    """The public attributes of the stdlib's members that an int does not have."""
    member = next(iter(http.HTTPStatus))
    return sorted(
        name
        for name in dir(member)
        if not name.startswith("_")
        and name not in http.HTTPStatus.__members__
        and not hasattr(int, name)
        and not callable(getattr(member, name))
    )


def rendered(text: str, member: enum.IntEnum) -> str:
    """`text` with the member's own name and value written as {name} and {value}."""
    return text.replace(member.name, "{name}").replace(str(member.value), "{value}")


def raised(call: Callable[..., object], *args: object) -> str:
    """`ExceptionType: message` for what `call(*args)` raises, or `returned`."""
    try:
        call(*args)
    except Exception as error:  # which exception, and its message, is what gets compared
        return f"{type(error).__name__}: {error}"
    return "returned"


def observed() -> tuple[dict[Key, tuple[Shown, Shown]], list[str]]:
    """Each difference, (member, attribute) → (stdlib, httpcodes), and the members compared."""
    found: dict[Key, tuple[Shown, Shown]] = {}
    theirs_by_name = http.HTTPStatus.__members__
    ours_by_name = HTTPStatus.__members__

    def differ(key: Key, theirs: Shown, ours: Shown) -> None:
        if type(theirs) is not type(ours) or theirs != ours:
            found[key] = (theirs, ours)

    for name in [*theirs_by_name, *(name for name in ours_by_name if name not in theirs_by_name)]:
        theirs, ours = theirs_by_name.get(name), ours_by_name.get(name)
        differ(
            (name, "value"),
            None if theirs is None else int(theirs),
            None if ours is None else int(ours),
        )

    compared = []
    our_codes = {member.value for member in HTTPStatus}
    for theirs in http.HTTPStatus:
        if theirs.value not in our_codes:
            continue  # a code httpcodes does not have: its name is absent above
        ours = HTTPStatus(theirs.value)
        compared.append(theirs.name)
        for attribute in stdlib_attributes():
            differ((theirs.name, attribute), getattr(theirs, attribute), getattr(ours, attribute))
        for form, show in FORMS.items():
            differ((theirs.name, form), rendered(show(theirs), theirs), rendered(show(ours), ours))

    for value in UNKNOWN_VALUES:
        key = (f"HTTPStatus({value!r})", "raises")
        differ(key, raised(http.HTTPStatus, value), raised(HTTPStatus, value))
    for text in UNKNOWN_NAMES:
        key = (f"HTTPStatus[{text!r}]", "raises")
        differ(
            key,
            raised(operator.getitem, http.HTTPStatus, text),
            raised(operator.getitem, HTTPStatus, text),
        )
    return found, compared


def applies(entry: dict[str, Any]) -> bool:
    """Whether a listed difference is for this Python (`python`: a version specifier, or all)."""
    return PYTHON in SpecifierSet(entry.get("python", ""))


def exact(value: object) -> bool:
    """A listed value is compared unless it is a description, {"about": "..."}."""
    return not isinstance(value, dict)


FOUND, COMPARED = observed()
LISTED = [entry for entry in LIST["differences"] if applies(entry)]
BY_KEY = {(e["member"], e["attribute"]): e for e in LISTED if e["member"] != EVERY_MEMBER}
FOR_EVERY_MEMBER = {e["attribute"]: e for e in LISTED if e["member"] == EVERY_MEMBER}


def matches(entry: dict[str, Any], shown: tuple[Shown, Shown]) -> bool:
    return all(
        not exact(listed) or (type(listed) is type(seen) and listed == seen)
        for listed, seen in zip((entry["stdlib"], entry["httpcodes"]), shown)
    )


def test_each_listed_difference_says_what_each_has_and_why() -> None:
    assert LIST["peer"] == "http.HTTPStatus"
    keys = set()
    for entry in LIST["differences"]:
        assert set(entry) <= ENTRY_FIELDS, entry
        assert ENTRY_FIELDS - {"python"} <= set(entry), entry
        assert re.search(r"\bspec/(status-codes\.txt|API\.md|codes\.md)\b", entry["reason"]), entry
        # Only the spec's choices of phrase and name are listed: never a code httpcodes lacks.
        assert not (entry["attribute"] == "value" and entry["httpcodes"] is None), entry
        SpecifierSet(entry.get("python", ""))  # a valid specifier
        key = (entry["member"], entry["attribute"], entry.get("python", ""))
        assert key not in keys, f"listed twice: {entry}"
        keys.add(key)
    assert len(BY_KEY) + len(FOR_EVERY_MEMBER) == len(LISTED), "two entries overlap on this Python"


def test_every_difference_from_the_stdlib_is_listed() -> None:
    unlisted = []
    for (member, attribute), shown in FOUND.items():
        entry = BY_KEY.get((member, attribute))
        if entry is None and member in COMPARED:
            entry = FOR_EVERY_MEMBER.get(attribute)
        if entry is None or not matches(entry, shown):
            unlisted.append(
                {
                    "member": member,
                    "attribute": attribute,
                    "stdlib": shown[0],
                    "httpcodes": shown[1],
                    "python": f"=={PYTHON}",
                    "reason": "",
                }
            )
    assert unlisted == [], (
        f"list each in {LIST_FILE.name} with its reason in the spec, or make httpcodes "
        f"answer as the stdlib does:\n" + "\n".join(json.dumps(entry) for entry in unlisted)
    )


def test_every_listed_difference_still_exists() -> None:
    gone = [
        entry for key, entry in BY_KEY.items() if key not in FOUND or not matches(entry, FOUND[key])
    ]
    for attribute, entry in FOR_EVERY_MEMBER.items():
        agree = [member for member in COMPARED if (member, attribute) not in FOUND]
        if agree or not COMPARED:
            gone.append({**entry, "but these agree": agree})
    assert gone == [], f"on Python {PYTHON}, remove or narrow each in {LIST_FILE.name}"
