"""Every listed status and every class, through every function and through the enums."""

import pytest

import httpcodes
from httpcodes import HTTPStatus, StatusClass

import vectors

STATUSES = vectors.statuses()
CLASSES = vectors.classes()
FACTS = {row.code: row for row in vectors.facts()}

# The stdlib's property for each class (http.HTTPStatus has them from Python 3.12 on).
STDLIB_PROPERTY = {
    "Informational": "is_informational",
    "Success": "is_success",
    "Redirection": "is_redirection",
    "Client Error": "is_client_error",
    "Server Error": "is_server_error",
}
# The StatusClass member for each class label.
CLASS_MEMBER = {
    "Informational": "INFORMATIONAL",
    "Success": "SUCCESS",
    "Redirection": "REDIRECTION",
    "Client Error": "CLIENT_ERROR",
    "Server Error": "SERVER_ERROR",
}
# The listed flags (spec/API.md), which statuses.tsv's flags column lists for each code.
FLAGS = ("is_redirect", "is_empty_body", "is_retry", "is_cacheable_by_default")


def by_code(status: vectors.Status) -> str:
    return f"{status.code}"


@pytest.mark.parametrize("row", STATUSES, ids=by_code)
def test_reason_phrase_of_every_status(row: vectors.Status) -> None:
    assert httpcodes.reason_phrase(row.code) == row.phrase


@pytest.mark.parametrize("row", STATUSES, ids=by_code)
def test_code_of_every_phrase(row: vectors.Status) -> None:
    assert httpcodes.code_of(row.phrase) == row.code
    assert httpcodes.code_of(row.phrase.upper()) == row.code
    assert httpcodes.code_of(row.phrase.lower()) == row.code
    assert httpcodes.code_of(f" \t{row.phrase}\r\n") == row.code


@pytest.mark.parametrize("row", STATUSES, ids=by_code)
def test_class_of_every_status(row: vectors.Status) -> None:
    status_class = httpcodes.class_of(row.code)
    assert status_class is not None
    assert status_class.label == row.class_label
    assert status_class is StatusClass[CLASS_MEMBER[row.class_label]]


@pytest.mark.parametrize("row", STATUSES, ids=by_code)
def test_every_status_as_an_enum_member(row: vectors.Status) -> None:
    member = HTTPStatus(row.code)
    assert member is HTTPStatus[row.name]
    assert member.name == row.name
    assert member.value == row.code
    assert member == row.code
    assert isinstance(member, int)
    assert member.phrase == row.phrase
    assert member.status_class.label == row.class_label
    assert member.description == FACTS[row.code].description  # its own sentence, not its class's
    for label, attribute in STDLIB_PROPERTY.items():
        assert getattr(member, attribute) is (label == row.class_label), attribute
    assert member.is_error is (row.class_label in ("Client Error", "Server Error"))
    for flag in FLAGS:
        assert getattr(member, flag) is (flag in row.flags), flag


def test_the_enum_lists_exactly_the_table_in_order() -> None:
    assert [(m.name, m.value) for m in HTTPStatus] == [(s.name, s.code) for s in STATUSES]


def test_flags_list_exactly_the_contract_codes() -> None:
    # spec/API.md: is_redirect 300 301 302 303 305 307 308, is_empty_body 204 205 304, is_retry
    # 425 502 503 504, is_cacheable_by_default 200 203 204 206 300 301 308 404 405 410 414 451 501
    # (spec/codes.md says why 425 may be retried, why 451 is cacheable by default, and why no
    # other code from the registry is flagged).
    assert [m.value for m in HTTPStatus if m.is_redirect] == [300, 301, 302, 303, 305, 307, 308]
    assert [m.value for m in HTTPStatus if m.is_empty_body] == [204, 205, 304]
    assert [m.value for m in HTTPStatus if m.is_retry] == [425, 502, 503, 504]
    cacheable = [200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501]
    assert [m.value for m in HTTPStatus if m.is_cacheable_by_default] == cacheable


@pytest.mark.parametrize("row", CLASSES, ids=lambda c: c.range)
def test_every_class(row: vectors.Class) -> None:
    member = StatusClass[CLASS_MEMBER[row.label]]
    assert member.label == row.label
    assert member.range == row.range
    assert member.description == row.description
    assert member.value == int(row.range[0])
    assert StatusClass(int(row.range[0])) is member


def test_status_class_lists_the_five_classes_in_order() -> None:
    assert [m.label for m in StatusClass] == [c.label for c in CLASSES]
