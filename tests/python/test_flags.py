"""The module-level `is_*` functions, as C and Node have them, against the vectors.

spec/API.md: the six range questions follow the class (`is_error` is 4xx or 5xx, all false outside
100-599); `is_redirect`, `is_empty_body`, `is_retry` and `is_cacheable_by_default` hold for the
listed codes the vectors flag.
"""

from collections.abc import Callable
from typing import cast

import pytest
from test_pure import inputs, outcome

import httpcodes
from httpcodes import _pure, _table

import backend
import vectors

RANGE_FLAGS = {
    "is_informational": {"Informational"},
    "is_success": {"Success"},
    "is_redirection": {"Redirection"},
    "is_client_error": {"Client Error"},
    "is_server_error": {"Server Error"},
    "is_error": {"Client Error", "Server Error"},
}
# The listed flags (spec/API.md); statuses.tsv's flags column lists those that hold for a code.
LISTED_FLAGS = ("is_redirect", "is_empty_body", "is_retry", "is_cacheable_by_default")
FLAGGED = {row.code: row.flags for row in vectors.statuses()}
# Every listed status, and the edge integers around and far beyond them.
CASES = [
    *(vectors.Forward(row.code, row.phrase, row.class_label) for row in vectors.statuses()),
    *vectors.forward(),
]


def flag(name: str) -> Callable[[int], bool]:
    function: Callable[[int], bool] = getattr(httpcodes, name)
    return function


@pytest.mark.parametrize("name", sorted(RANGE_FLAGS))
@pytest.mark.parametrize("row", CASES, ids=lambda row: str(row.code))
def test_range_flags_follow_the_class(name: str, row: vectors.Forward) -> None:
    assert flag(name)(row.code) is (row.class_label in RANGE_FLAGS[name])


@pytest.mark.parametrize("name", sorted(LISTED_FLAGS))
@pytest.mark.parametrize("row", CASES, ids=lambda row: str(row.code))
def test_listed_flags_hold_for_the_flagged_codes(name: str, row: vectors.Forward) -> None:
    assert flag(name)(row.code) is (name in FLAGGED.get(row.code, ()))


@pytest.mark.parametrize("name", sorted([*RANGE_FLAGS, *LISTED_FLAGS]))
def test_each_flag_agrees_with_the_members_over_the_table(name: str) -> None:
    for member in httpcodes.HTTPStatus:
        assert flag(name)(member) is getattr(member, name), member
        assert flag(name)(member.value) is getattr(member, name), member


@pytest.mark.parametrize("name", sorted([*RANGE_FLAGS, *LISTED_FLAGS]))
def test_a_flag_takes_only_an_int(name: str) -> None:
    with pytest.raises(TypeError, match="expected an int"):
        flag(name)("404")  # type: ignore[arg-type]
    assert flag(name)(10**30) is False


def test_the_vectors_flag_no_other_flag() -> None:
    assert set(vectors.listed_flags()) <= set(LISTED_FLAGS)
    assert set(LISTED_FLAGS) <= set(httpcodes.__all__)


@pytest.mark.parametrize("name", _table.FLAG_NAMES)
def test_each_flag_is_the_wheels_own(name: str) -> None:
    # The native module's own function where the wheel has one (as cheap as reason_phrase);
    # the pure wheel answers in Python.
    expected = "httpcodes._httpcodes" if backend.NATIVE else "httpcodes._lookups"
    assert flag(name).__module__ == expected
    assert flag(name).__name__ == name


@pytest.mark.parametrize(("bit", "name"), enumerate(_table.FLAG_NAMES))
def test_each_flag_answers_and_errs_as_the_pure_flag_bits(bit: int, name: str) -> None:
    # The flag is bit `bit` of the pure lookups' flag_bits, for every input: the same answers
    # and the same TypeError, in either wheel.
    def from_bits(value: object) -> bool:
        return bool(_pure.flag_bits(value) >> bit & 1)  # type: ignore[arg-type]

    function = cast("Callable[[object], object]", flag(name))
    for value in [*inputs(), *(row.code for row in vectors.statuses())]:
        assert outcome(function, value) == outcome(from_bits, value), (name, type(value).__name__)
