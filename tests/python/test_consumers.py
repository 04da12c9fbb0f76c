"""Code written for `http.HTTPStatus` runs unchanged on `httpcodes.HTTPStatus`: the standard
library's own HTTP server, client, urllib and wsgiref, with the enum swapped in before they load,
answer and read every code of the table over loopback (consumers.py, in a fresh interpreter)."""

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import backend
import vectors

# The consumers run in a process of their own, where the stdlib's table is swapped for ours.
pytestmark = backend.needs_processes

CONSUMERS = Path(__file__).with_name("consumers.py")
TABLE = {row.code: row.phrase for row in vectors.statuses()}
CODES = len(TABLE)
FINAL = CODES - 1  # every code but 100, which a client reads only as an interim response


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, str(CONSUMERS)],
        input=json.dumps(TABLE),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def test_every_status_line_and_exception_is_the_tables(report: dict[str, Any]) -> None:
    assert report["failures"] == []


@pytest.mark.parametrize(
    ("consumer", "answers"),
    [
        ("wire: send_response", CODES),
        ("wire: send_error", CODES),
        ("wire: send_error's page", CODES),
        ("http.client: send_response", FINAL),
        ("http.client: send_error", FINAL),
        ("http.client: page", FINAL),
        ("urllib: send_response", FINAL),
        ("urllib: send_error", FINAL),
        ("urllib: redirect with HTTPStatus.FOUND", 1),
        ("wire: Expect: 100-continue", 1),
        ("wire: request line too long", 1),
        ("files: directory redirect", 1),
        ("files: missing's page", 1),
        ("wsgiref: wire", CODES),
        ("wsgiref: http.client", FINAL),
        ("wsgiref: urllib", FINAL),
        ("httpcodes' phrase", CODES),
        ("http.client.responses", CODES),
        ("modules imported after the swap", 1),
    ],
)
def test_each_consumer_read_every_code(report: dict[str, Any], consumer: str, answers: int) -> None:
    assert report["counts"].get(consumer) == answers


def test_http_client_has_every_stdlib_name(report: dict[str, Any]) -> None:
    # Two checks per name of this Python's `http.HTTPStatus` (aliases included): that
    # `http.client.NAME` is httpcodes' member, and that its code is the stdlib's.
    import http  # noqa: PLC0415 - this process's own, unswapped

    assert report["counts"]["http.client names"] == 2 * len(http.HTTPStatus.__members__)
