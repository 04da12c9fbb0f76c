"""The Python server of the real-server test: the stdlib's http.server, answering each status the
way a handler written on it does. Its static files (and so its 304) are the stdlib's own; 401, 405,
416 and 503 are `send_error`, as handlers on it send them; http.server has no Range support, so
the 206 is written by hand with the Content-Range every 206 needs.
"""

from __future__ import annotations

import functools
import threading
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

# What the file served holds; the 206 answers its first four bytes.
CONTENT = b"httpcodes real-server test\n"


class Handler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass  # the test prints what it found, not each request

    def do_GET(self) -> None:
        route = {
            "/401": HTTPStatus.UNAUTHORIZED,
            "/503": HTTPStatus.SERVICE_UNAVAILABLE,
        }.get(self.path)
        if route is not None:
            self.send_error(route)
        elif self.path == "/file" and "Range" in self.headers:
            self.send_range(self.headers["Range"])
        else:
            super().do_GET()  # the file, or the stdlib's 304 for a current If-Modified-Since

    def do_POST(self) -> None:
        self.send_error(HTTPStatus.METHOD_NOT_ALLOWED)

    def send_range(self, wanted: str) -> None:
        if wanted != "bytes=0-3":
            self.send_error(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
            return
        self.send_response(HTTPStatus.PARTIAL_CONTENT)
        self.send_header("Content-Range", f"bytes 0-3/{len(CONTENT)}")
        self.send_header("Content-Length", "4")
        self.end_headers()
        self.wfile.write(CONTENT[:4])


def start(folder: Path) -> tuple[ThreadingHTTPServer, int]:
    """Serves `folder` (its `file` holds CONTENT) on 127.0.0.1 in a thread: the server and its
    port."""
    (folder / "file").write_bytes(CONTENT)

    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Handler, directory=str(folder))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, server.server_address[1]
