"""The module-level `is_*` functions, as C and Node have them, against the vectors.

spec/API.md: the six range questions follow the class (`is_error` is 4xx or 5xx, all false outside
100-599); `is_redirect`, `is_empty_body`, `is_retry` and `is_cacheable_by_default` hold for the
listed codes the vectors flag.
"""

from collections.abc import Callable

import pytest

import httpcodes

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
