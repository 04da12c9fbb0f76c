"""Replays the Python fuzz door's seeds and regressions (fuzz/corpus/python and
fuzz/regressions/python) through its checks: every public function, answers from the vectors,
and the pure-Python lookups against the native module's where the wheel has it."""

import sys
from pathlib import Path

import pytest

FUZZ = Path(__file__).resolve().parents[2] / "fuzz"
sys.path.insert(0, str(FUZZ / "python"))

import checks  # noqa: E402 - fuzz/python/checks.py, found through the path above
import twin  # noqa: E402 - fuzz/python/twin.py, likewise

INPUTS = sorted(
    path
    for folder in (FUZZ / "corpus" / "python", FUZZ / "regressions" / "python")
    for path in folder.glob("*")
    if path.name != "README.md"
)


def test_there_are_inputs() -> None:
    assert len(INPUTS) > 0


@pytest.mark.parametrize("path", INPUTS, ids=lambda path: f"{path.parent.name}/{path.name[:12]}")
def test_replay(path: Path) -> None:
    checks.check(path.read_bytes())
    twin.check(path.read_bytes())
