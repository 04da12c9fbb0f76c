"""Each code's registered phrase, reference and description (facts.tsv), through every function
and property, and the alias names (alias_names.tsv) as enum aliases."""

import http
import operator
import pickle

import pytest

import httpcodes
from httpcodes import HTTPStatus

import vectors

FACTS = vectors.facts()
STATUSES = vectors.statuses()
ALIAS_NAMES = vectors.alias_names()
NAME_BY_CODE = {row.code: row.name for row in STATUSES}


def by_code(row: vectors.Facts) -> str:
    return str(row.code)


def test_the_facts_cover_exactly_the_table() -> None:
    assert [row.code for row in FACTS] == [row.code for row in STATUSES]


@pytest.mark.parametrize("row", FACTS, ids=by_code)
def test_the_functions_answer_the_facts(row: vectors.Facts) -> None:
    assert httpcodes.registered_phrase(row.code) == row.registered_phrase
    assert httpcodes.reference_of(row.code) == row.reference
    assert httpcodes.description_of(row.code) == row.description


@pytest.mark.parametrize("row", FACTS, ids=by_code)
def test_the_members_answer_the_facts(row: vectors.Facts) -> None:
    member = HTTPStatus(row.code)
    assert member.registered_phrase == row.registered_phrase
    assert member.reference == row.reference
    assert member.description == row.description


@pytest.mark.parametrize("row", FACTS, ids=by_code)
def test_a_member_or_any_int_subclass_is_its_code(row: vectors.Facts) -> None:
    member = HTTPStatus(row.code)
    assert httpcodes.description_of(member) == row.description
    assert httpcodes.registered_phrase(member) == row.registered_phrase
    try:
        theirs = http.HTTPStatus(row.code)
    except ValueError:
        return  # a code this Python's stdlib does not have (419, 420)
    assert httpcodes.reference_of(theirs) == row.reference


def test_the_registered_phrase_differs_only_where_the_spec_says() -> None:
    # spec/API.md: 302 Found, 413 Content Too Large, 414 URI Too Long, 416 Range Not Satisfiable,
    # 422 Unprocessable Content and 451's capital F; everywhere else it is the phrase.
    phrase = {row.code: row.phrase for row in STATUSES}
    registered = [row for row in FACTS if row.registered_phrase is not None]
    differing = [row.code for row in registered if row.registered_phrase != phrase[row.code]]
    assert differing == [302, 413, 414, 416, 422, 451]
    assert HTTPStatus.FOUND.registered_phrase == "Found"
    assert HTTPStatus.FOUND.phrase == "Moved Temporarily"


def test_419_and_420_have_no_reference_and_no_registered_phrase() -> None:
    # The registry does not list them (spec/codes.md); each row's facts are checked by the
    # vector tests, so a code added without them is found there, not by a count here.
    assert {419, 420} <= {row.code for row in FACTS if row.reference is None}
    unregistered = [row.code for row in FACTS if row.registered_phrase is None]
    assert unregistered == [row.code for row in FACTS if row.reference is None]
    assert HTTPStatus.METHOD_FAILURE.reference is None
    assert HTTPStatus.METHOD_FAILURE.registered_phrase is None
    assert httpcodes.reference_of(419) is None
    assert httpcodes.registered_phrase(419) is None


@pytest.mark.parametrize("row", vectors.forward(), ids=lambda row: str(row.code))
def test_unknown_codes_have_no_facts(row: vectors.Forward) -> None:
    if row.phrase is not None:
        return
    assert httpcodes.registered_phrase(row.code) is None
    assert httpcodes.reference_of(row.code) is None
    assert httpcodes.description_of(row.code) is None


@pytest.mark.parametrize("code", [104, 306, 499, 999, 0, -404, 2**64 + 404, 10**30, -(10**40)])
def test_codes_outside_the_table_have_no_facts(code: int) -> None:
    for function in (httpcodes.registered_phrase, httpcodes.reference_of, httpcodes.description_of):
        assert function(code) is None, function


def test_the_fact_functions_take_only_an_int() -> None:
    for function in (httpcodes.registered_phrase, httpcodes.reference_of, httpcodes.description_of):
        for value in ("404", 404.0, True, None, [404]):
            with pytest.raises(TypeError) as raised:
                function(value)  # type: ignore[arg-type]
            with pytest.raises(TypeError) as reference:
                httpcodes.reason_phrase(value)  # type: ignore[arg-type]
            assert str(raised.value) == str(reference.value)
        with pytest.raises(TypeError):
            function()  # type: ignore[call-arg]
        with pytest.raises(TypeError):
            function(404, 404)  # type: ignore[call-arg]


# ---- Alias names -----------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "code"), ALIAS_NAMES, ids=[name for name, _ in ALIAS_NAMES])
def test_each_alias_name_is_the_member_of_its_code(name: str, code: int) -> None:
    member = HTTPStatus(code)
    assert HTTPStatus[name] is member
    assert getattr(HTTPStatus, name) is member
    assert HTTPStatus.__members__[name] is member
    assert member.name == NAME_BY_CODE[code]  # the table's name stays the member's name
    assert httpcodes.name_of(code) == NAME_BY_CODE[code]
    assert pickle.loads(pickle.dumps(HTTPStatus[name])) is member


def test_the_enum_has_exactly_the_alias_names_core_lists() -> None:
    aliases = {name: int(m) for name, m in HTTPStatus.__members__.items() if m.name != name}
    assert aliases == dict(ALIAS_NAMES)
    assert len(HTTPStatus.__members__) == len(STATUSES) + len(ALIAS_NAMES)


def test_iterating_gives_each_status_once() -> None:
    assert len(HTTPStatus) == len(list(HTTPStatus)) == len(STATUSES)
    assert [m.name for m in HTTPStatus] == [row.name for row in STATUSES]
    # The stub declares each alias name as a member (type checkers know no enum aliases).
    assert operator.is_(HTTPStatus.FOUND, HTTPStatus.MOVED_TEMPORARILY)
    assert HTTPStatus.MOVED_TEMPORARILY.name == "MOVED_TEMPORARILY"
    assert repr(HTTPStatus.FOUND) == "<HTTPStatus.MOVED_TEMPORARILY: 302>"
