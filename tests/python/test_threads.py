"""Lookups are pure and thread-safe: 8 threads x 10^6 lookups give identical answers."""

import sys
import threading
from collections.abc import Iterator

import pytest

import backend
from lookups_mix import LOOKUPS_PER_PASS, run_once

THREADS = 8
LOOKUPS_PER_THREAD = 1_000_000


@pytest.fixture
def frequent_thread_switches() -> Iterator[None]:
    """Switch threads every few microseconds so their lookups interleave."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(before)


@backend.needs_threads
@pytest.mark.usefixtures("frequent_thread_switches")
def test_eight_threads_get_identical_answers() -> None:
    expected = run_once()
    passes = -(-LOOKUPS_PER_THREAD // LOOKUPS_PER_PASS)
    start = threading.Barrier(THREADS)
    results: list[list[list[object]]] = [[] for _ in range(THREADS)]
    errors: list[BaseException] = []

    def worker(index: int) -> None:
        try:
            start.wait()
            results[index] = [run_once() for _ in range(passes)]
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    for answers in results:
        assert len(answers) * LOOKUPS_PER_PASS >= LOOKUPS_PER_THREAD
        assert all(answer == expected for answer in answers)
