"""Serving and reading HTTP over loopback for consumers.py: a server answering from a thread,
and raw exchanges read byte for byte. Imported after consumers.py swaps `http.HTTPStatus`."""

import http.server
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager

TIMEOUT = 10.0  # seconds any one exchange may take


@contextmanager
def serving(server: http.server.HTTPServer) -> Iterator[int]:
    """`server` answering from a thread until the block ends; its port."""
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()
        thread.join(TIMEOUT)


def raw_exchange(port: int, request: bytes) -> bytes:
    """Everything the server sends back for `request` until it closes the connection."""
    with socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT) as connection:
        connection.sendall(request)
        chunks = []
        while chunk := connection.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def status_line(answer: bytes) -> str:
    return answer.split(b"\r\n", 1)[0].decode("latin-1")


def get(port: int, path: str) -> bytes:
    request = f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    return raw_exchange(port, request.encode("ascii"))
