"""Phrase -> code (reverse.tsv, aliases.tsv) and NAME or alias name -> status (names.tsv)."""

import pytest

import httpcodes
from httpcodes import HTTPStatus

import vectors

SPEC_PHRASE = {s.code: s.phrase for s in vectors.statuses()}
SPEC_NAME = {s.code: s.name for s in vectors.statuses()}


@pytest.mark.parametrize("row", vectors.reverse(), ids=lambda row: row.case)
def test_code_of_every_reverse_case(row: vectors.Lookup) -> None:
    assert httpcodes.code_of(row.text) == row.expected


@pytest.mark.parametrize(("alias", "code"), vectors.aliases())
def test_every_alias_is_accepted_in_any_case(alias: str, code: int) -> None:
    assert httpcodes.code_of(alias) == code
    assert httpcodes.code_of(alias.upper()) == code
    assert httpcodes.code_of(f"  {alias.lower()}\t") == code


@pytest.mark.parametrize(("alias", "code"), vectors.aliases())
def test_forward_lookup_answers_the_spec_phrase_not_the_alias(alias: str, code: int) -> None:
    assert httpcodes.reason_phrase(code) == SPEC_PHRASE[code]
    assert HTTPStatus(code).phrase == SPEC_PHRASE[code]


@pytest.mark.parametrize("row", vectors.names(), ids=lambda row: row.case)
def test_every_name_case(row: vectors.Lookup) -> None:
    if row.expected is None:
        with pytest.raises(KeyError):
            HTTPStatus[row.text]
        assert row.text not in HTTPStatus.__members__
    else:
        # An alias name finds the status, whose name stays the table's (spec/API.md).
        assert HTTPStatus[row.text] == row.expected
        assert HTTPStatus[row.text].name == SPEC_NAME[row.expected]
        assert getattr(HTTPStatus, row.text) is HTTPStatus[row.text]
