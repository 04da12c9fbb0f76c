"""HTTP as `tools/dev publish` speaks it to the registries: one request helper, a multipart form,
and the one error that stops a release."""

import hashlib
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class Refused(SystemExit):
    """A release stopped on purpose, with a message that says why: nothing after it runs."""

    def __init__(self, message: str) -> None:
        super().__init__(f"tools/dev publish: refused: {message}")


def request(
    url: str,
    data: bytes | None = None,
    method: str | None = None,
    headers: dict[str, str] | None = None,
    unredirected: dict[str, str] | None = None,
) -> tuple[int, bytes]:
    """(status, body) of one request; a 404 is an answer (absent), every other error raises.
    UNREDIRECTED headers (a token) are not sent on to where a redirect leads."""
    sent = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    sent.add_header("User-Agent", "httpcodes-release (tools/dev publish)")
    for name, value in (unredirected or {}).items():
        sent.add_unredirected_header(name, value)
    try:
        with urllib.request.urlopen(sent, timeout=300) as answer:
            return answer.status, answer.read()
    except urllib.error.HTTPError as error:
        body = error.read()
        if error.code == 404:
            return 404, body
        shown = body.decode("utf-8", "replace")[:500]
        verb = method or ("POST" if data else "GET")
        raise SystemExit(f"{verb} {url}: {error.code} {shown}") from None


def download(url: str, headers: dict[str, str] | None = None) -> bytes | None:
    """URL's bytes, or None where it is absent."""
    status, body = request(url, headers=headers)
    return body if status == 200 else None


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def multipart(fields: list[tuple[str, str]], file: tuple[str, str, bytes]) -> tuple[bytes, str]:
    """FIELDS and one FILE (form name, file name, bytes) as multipart/form-data: (body, type)."""
    boundary = uuid.uuid4().hex
    parts = []
    for name, value in fields:
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
            f"{value}\r\n".encode()
        )
    name, filename, content = file
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
        f'filename="{filename}"\r\nContent-Type: application/octet-stream\r\n\r\n'.encode()
        + content
        + b"\r\n"
    )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def eventually(read: Callable[[], T | None], what: str, tries: int = 20, pause: float = 6) -> T:
    """READ's first answer that is not None: a registry's index may show an upload a little
    later than the upload's answer (PyPI's and crates.io's are served through caches)."""
    for attempt in range(tries):
        found = read()
        if found is not None:
            return found
        if attempt + 1 < tries:
            time.sleep(pause)
    raise SystemExit(f"tools/dev publish: {what} never appeared in the registry")
