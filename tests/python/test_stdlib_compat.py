"""`httpcodes.HTTPStatus` works wherever `http.HTTPStatus` does."""

import copy
import enum
import http
import operator
import pickle

import pytest

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
    with pytest.raises(ValueError, match="103 is not a valid HTTPStatus"):
        HTTPStatus(103)


def test_names_index_the_enum() -> None:
    assert HTTPStatus["NOT_FOUND"] is HTTPStatus.NOT_FOUND
    assert HTTPStatus.__members__["IM_A_TEAPOT"] == 418
    with pytest.raises(KeyError):
        HTTPStatus["not_found"]


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
    # The enums are built the stdlib's fast way on each version (see httpcodes/_enums.py); the
    # same members through every door an enum has.
    members = list(kind)
    assert len(kind) == len(members) == len(kind.__members__) == len(set(members))
    assert list(kind.__members__.values()) == members
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
