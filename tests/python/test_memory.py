"""Nothing leaks: a million lookups, good and bad, leave the process's memory where it was."""

import gc
import os
import sys

import pytest

from lookups_mix import LOOKUPS_PER_PASS, run_once

LOOKUPS = 1_000_000
ALLOWED_GROWTH = 1024 * 1024  # bytes


def resident_bytes() -> int:
    """The process's current resident set size, from /proc."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/statm")
def test_a_million_lookups_leave_memory_where_it_was() -> None:
    passes = -(-LOOKUPS // LOOKUPS_PER_PASS)
    for _ in range(passes // 10):  # warm up: interpreter caches and free lists settle
        run_once()
    gc.collect()
    before = resident_bytes()
    for _ in range(passes):
        run_once()
    gc.collect()
    growth = resident_bytes() - before
    assert growth < ALLOWED_GROWTH, f"resident memory grew by {growth} bytes"
