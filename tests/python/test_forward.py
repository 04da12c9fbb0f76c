"""Integer -> phrase and class: forward.tsv's edges, huge ints, int subclasses and a full sweep."""

import contextlib
import enum
import http

import pytest

import httpcodes
from httpcodes import HTTPStatus

import vectors

PHRASE_BY_CODE = {s.code: s.phrase for s in vectors.statuses()}
CLASSES = vectors.classes()


def expected_class_label(code: int) -> "str | None":
    found = [c.label for c in CLASSES if c.contains(code)]
    return found[0] if found else None


@pytest.mark.parametrize("row", vectors.forward(), ids=lambda row: str(row.code))
def test_every_forward_edge(row: vectors.Forward) -> None:
    assert httpcodes.reason_phrase(row.code) == row.phrase
    status_class = httpcodes.class_of(row.code)
    assert (None if status_class is None else status_class.label) == row.class_label
    if row.phrase is None:
        with pytest.raises(ValueError, match="is not a valid HTTPStatus"):
            HTTPStatus(row.code)
    else:
        assert HTTPStatus(row.code).phrase == row.phrase


# Past 64 bits, and the wrap points of narrower integers: all unknown, never OverflowError.
HUGE = [
    10**30,
    -(10**30),
    2**63,
    -(2**63) - 1,
    2**64,
    2**64 + 404,
    -(2**64) + 404,
    2**128 + 200,
    10**4000,
]


@pytest.mark.parametrize("code", HUGE, ids=lambda code: f"{code.bit_length()}-bit")
def test_huge_ints_are_unknown(code: int) -> None:
    assert httpcodes.reason_phrase(code) is None
    assert httpcodes.class_of(code) is None
    with pytest.raises(ValueError, match="is not a valid HTTPStatus"):
        HTTPStatus(code)


class MyInt(int):
    """An int subclass whose own methods must not change the code it stands for."""

    def __index__(self) -> int:
        return 200

    def __int__(self) -> int:
        return 200


class Other(enum.IntEnum):
    NOT_FOUND = 404
    TEAPOT = 418


@pytest.mark.parametrize(
    "code",
    [
        http.HTTPStatus.NOT_FOUND,
        http.HTTPStatus.OK,
        http.HTTPStatus.IM_A_TEAPOT,
        HTTPStatus.NOT_FOUND,
        Other.TEAPOT,
        MyInt(404),
        MyInt(65940),
    ],
    ids=repr,
)
def test_int_subclasses_are_codes_by_their_int_value(code: int) -> None:
    value = int.__int__(code)  # the int itself, whatever the subclass's __int__ says
    assert httpcodes.reason_phrase(code) == PHRASE_BY_CODE.get(value)
    status_class = httpcodes.class_of(code)
    assert (None if status_class is None else status_class.label) == expected_class_label(value)


def test_sweep_from_minus_2000_to_70000() -> None:
    mismatches = []
    for code in range(-2000, 70001):
        status_class = httpcodes.class_of(code)
        got = (
            httpcodes.reason_phrase(code),
            None if status_class is None else status_class.label,
        )
        if got != (PHRASE_BY_CODE.get(code), expected_class_label(code)):
            mismatches.append((code, got))
    assert mismatches == []


def test_sweep_through_the_enum() -> None:
    listed = []
    for code in range(-2000, 70001):
        with contextlib.suppress(ValueError):
            listed.append(HTTPStatus(code).value)
    assert listed == sorted(PHRASE_BY_CODE)
