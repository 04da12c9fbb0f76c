"""The standard library's own HTTP machinery, run with `httpcodes.HTTPStatus` in place of
`http.HTTPStatus` (test_consumers.py runs this in a fresh interpreter).

    python consumers.py < table.json   (a JSON object: code -> the spec's phrase)

The swap happens before `http.server`, `http.client`, `urllib.request` and `wsgiref` are imported,
as a user who swaps it would do, so every one of them takes its codes, phrases and descriptions
from httpcodes. Then, over loopback:
- an `http.server` handler answers every code with `send_response` and with `send_error`;
- `http.client` and `urllib.request` read each answer: the status line's code and reason, the
  error page's explanation (the code's description), and `urllib.error.HTTPError` for every code
  urllib does not take as success;
- a `wsgiref` application answers every code with `start_response(f"{code} {phrase}")`, read the
  same ways;
- raw sockets read every status line as sent, 1xx included, and the stdlib's own paths that use
  `HTTPStatus` (Expect: 100-continue, a request line too long, a directory redirect, a missing
  file) answer with httpcodes' members.

100 Continue is an interim response: `http.client` skips it and waits for the final one, so 100 is
read on the wire (and in the stdlib's Expect: 100-continue exchange), not as a final response.
Every other 1xx is read by `http.client` as a final response with no body, which is what it does.

Prints a JSON report: how many answers each consumer checked, and every mismatch.
"""

import http
import json
import sys

import httpcodes

STDLIB_STATUS = http.HTTPStatus
NOT_LOADED = ["http.client", "http.server", "urllib.request", "wsgiref.simple_server"]
LOADED_TOO_EARLY = [name for name in NOT_LOADED if name in sys.modules]
http.HTTPStatus = httpcodes.HTTPStatus  # type: ignore[misc, assignment]  # the swap under test

# Only now, with the swap in place, the modules that read `http.HTTPStatus` at import.
import faulthandler  # noqa: E402
import html  # noqa: E402
import http.client  # noqa: E402
import http.server  # noqa: E402
import socket  # noqa: E402
import tempfile  # noqa: E402
import urllib.error  # noqa: E402
import urllib.request  # noqa: E402
import wsgiref.simple_server  # noqa: E402
from collections.abc import Callable, Iterable  # noqa: E402
from pathlib import Path  # noqa: E402

from loopback import TIMEOUT, get, raw_exchange, serving, status_line  # noqa: E402

from httpcodes import HTTPStatus  # noqa: E402

BODY = b"the body\n"
Failures = list[str]


def bodiless(code: int) -> bool:
    """Whether a response with `code` carries no content (RFC 9110: 1xx, 204, 205, 304)."""
    return code < 200 or code in (204, 205, 304)


class Handler(http.server.BaseHTTPRequestHandler):
    """GET /response/CODE answers with send_response, GET /error/CODE with send_error."""

    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        _, kind, code_text = self.path.split("/")
        code = int(code_text)
        if kind == "error":
            self.send_error(code)
            return
        if kind == "found":  # a redirect as users write one, with the stdlib's name
            self.send_response(http.HTTPStatus.FOUND)
            self.send_header("Location", f"/response/{code}")
            self.send_header("Content-Length", "0")
            self.send_header("Connection", "close")
            self.end_headers()
            return
        self.send_response(code)
        self.send_header("Connection", "close")
        if not bodiless(code):
            self.send_header("Content-Length", str(len(BODY)))
        self.end_headers()
        if not bodiless(code):
            self.wfile.write(BODY)

    def do_POST(self) -> None:
        # Reached once the stdlib has answered `Expect: 100-continue` itself.
        length = int(self.headers["Content-Length"])
        body = self.rfile.read(length)
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


class QuietFiles(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


class QuietWSGI(wsgiref.simple_server.WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def wsgi_app(
    environ: dict[str, object], start_response: Callable[[str, list[tuple[str, str]]], object]
) -> Iterable[bytes]:
    """Answers GET /CODE with `CODE PHRASE`, the phrase httpcodes gives."""
    code = int(str(environ["PATH_INFO"]).strip("/"))
    start_response(f"{code} {HTTPStatus(code).phrase}", [("Content-Type", "text/plain")])
    return [] if bodiless(code) else [BODY]


class Checker:
    def __init__(self, table: dict[int, str]) -> None:
        self.table = table
        self.counts: dict[str, int] = {}
        self.failures: Failures = []
        # Once: building one makes an SSL context, tens of milliseconds on newer Pythons.
        self.opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

    def check(self, what: str, got: object, expected: object) -> None:
        self.counts[what] = self.counts.get(what, 0) + 1
        if got != expected:
            self.failures.append(f"{what}: got {got!r}, expected {expected!r}")

    def wire(self, what: str, port: int, path: str, code: int, version: str) -> bytes:
        answer = get(port, path)
        self.check(what, status_line(answer), f"{version} {code} {self.table[code]}")
        return answer

    def client(self, what: str, port: int, path: str, code: int) -> bytes:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
        try:
            connection.request("GET", path)
            response = connection.getresponse()
            body = response.read()
            self.check(what, (response.status, response.reason), (code, self.table[code]))
            return body
        finally:
            connection.close()

    def urllib(self, what: str, port: int, path: str, code: int) -> None:
        try:
            with self.opener.open(f"http://127.0.0.1:{port}{path}", timeout=TIMEOUT) as response:
                got: object = ("answer", response.status, response.reason)
        except urllib.error.HTTPError as error:
            got = ("HTTPError", error.code, error.reason, str(error))
            error.close()
        phrase = self.table[code]
        if 200 <= code < 300:
            self.check(what, got, ("answer", code, phrase))
        else:  # what urllib does not take as success: an HTTPError that carries the code
            self.check(what, got, ("HTTPError", code, phrase, f"HTTP Error {code}: {phrase}"))


def check_the_names(checker: Checker) -> None:
    """`http.client` copies the members into its namespace: every stdlib name is there."""
    checker.check("modules imported after the swap", LOADED_TOO_EARLY, [])
    checker.check("http.server's HTTPStatus", vars(http.server)["HTTPStatus"] is HTTPStatus, True)
    for name, member in STDLIB_STATUS.__members__.items():
        copied = getattr(http.client, name, None)
        checker.check("http.client names", (name, copied is HTTPStatus[name]), (name, True))
        checker.check("http.client names", (name, int(copied or 0)), (name, int(member)))
    for code, phrase in checker.table.items():
        checker.check("http.client.responses", http.client.responses[code], phrase)
        checker.check("httpcodes' phrase", HTTPStatus(code).phrase, phrase)
    checker.check("http.client.FOUND", http.client.FOUND, HTTPStatus.MOVED_TEMPORARILY)


def check_http_server(checker: Checker) -> None:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    with serving(server) as port:
        for code in checker.table:
            description = html.escape(HTTPStatus(code).description, quote=False).encode()
            checker.wire("wire: send_response", port, f"/response/{code}", code, "HTTP/1.1")
            page = checker.wire("wire: send_error", port, f"/error/{code}", code, "HTTP/1.1")
            explained = description in page
            checker.check("wire: send_error's page", (code, explained), (code, not bodiless(code)))
            if code == 100:
                continue  # interim: http.client and urllib wait for the final response
            checker.client("http.client: send_response", port, f"/response/{code}", code)
            page = checker.client("http.client: send_error", port, f"/error/{code}", code)
            explained = description in page
            checker.check("http.client: page", (code, explained), (code, not bodiless(code)))
            checker.urllib("urllib: send_response", port, f"/response/{code}", code)
            checker.urllib("urllib: send_error", port, f"/error/{code}", code)
        # A redirect written with the stdlib's name FOUND, followed by urllib.
        checker.urllib("urllib: redirect with HTTPStatus.FOUND", port, "/found/201", 201)
        checker.wire("wire: HTTPStatus.FOUND", port, "/found/201", 302, "HTTP/1.1")
        check_the_stdlib_own_paths(checker, port)


def check_the_stdlib_own_paths(checker: Checker, port: int) -> None:
    """What http.server answers by itself, with the members it imported (ours)."""
    # Expect: 100-continue: the stdlib sends `100 Continue` before it reads the body.
    with socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT) as connection:
        head = "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\n"
        connection.sendall(head.encode("ascii"))
        interim = b""
        while not interim.endswith(b"\r\n\r\n"):
            interim += connection.recv(1)
        checker.check("wire: Expect: 100-continue", interim, b"HTTP/1.1 100 Continue\r\n\r\n")
        connection.sendall(b"ping")
        final = b""
        while chunk := connection.recv(65536):
            final += chunk
    checker.check("wire: after 100 Continue", status_line(final), "HTTP/1.1 200 OK")
    # A request line longer than the stdlib reads: send_error(HTTPStatus.REQUEST_URI_TOO_LONG).
    # Exactly what it reads (65,537 bytes, no line end), so no unread byte resets the connection.
    answer = raw_exchange(port, b"GET /" + b"x" * (65_537 - 5))
    expected = f"HTTP/1.1 414 {checker.table[414]}"
    checker.check("wire: request line too long", status_line(answer), expected)


def check_files(checker: Checker) -> None:
    """SimpleHTTPRequestHandler: its redirect and its 404 use the members it imported."""
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "dir").mkdir()
        (Path(folder) / "dir" / "index.html").write_bytes(b"<p>hi</p>")

        class Files(QuietFiles):
            def __init__(self, *args: object, **kwargs: object) -> None:
                super().__init__(*args, directory=folder, **kwargs)  # type: ignore[arg-type]

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Files)
        server.daemon_threads = True
        with serving(server) as port:
            checker.wire("files: directory redirect", port, "/dir", 301, "HTTP/1.0")
            checker.urllib("files: urllib follows it", port, "/dir", 200)
            missing = get(port, "/missing")
            description = html.escape(HTTPStatus.NOT_FOUND.description, quote=False).encode()
            checker.check("files: missing", status_line(missing), "HTTP/1.0 404 File not found")
            checker.check("files: missing's page", description in missing, True)


def check_wsgiref(checker: Checker) -> None:
    server = wsgiref.simple_server.make_server("127.0.0.1", 0, wsgi_app, handler_class=QuietWSGI)
    with serving(server) as port:
        for code in checker.table:
            checker.wire("wsgiref: wire", port, f"/{code}", code, "HTTP/1.0")
            if code == 100:
                continue  # interim: http.client and urllib wait for the final response
            body = checker.client("wsgiref: http.client", port, f"/{code}", code)
            checker.check("wsgiref: body", (code, body), (code, b"" if bodiless(code) else BODY))
            checker.urllib("wsgiref: urllib", port, f"/{code}", code)


def main() -> int:
    faulthandler.dump_traceback_later(60, exit=True)  # bounded, whatever happens
    table = {int(code): phrase for code, phrase in json.load(sys.stdin).items()}
    checker = Checker(table)
    check_the_names(checker)
    check_http_server(checker)
    check_files(checker)
    check_wsgiref(checker)
    json.dump({"counts": checker.counts, "failures": checker.failures}, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
