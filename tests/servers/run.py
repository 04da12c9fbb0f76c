"""The real-server test: Python's http.server and a node:http server, on 127.0.0.1, each made to
answer 401, 405, 206, 304, 416 and 503; every head they send is checked by `httpcodes check` and
by each door's missing-fields function, which must agree with each other and with what the
servers are known to send (EXPECTED, which says what was found).

    python tests/servers/run.py HTTPCODES LIBHTTPCODES OUT

HTTPCODES is the built command, LIBHTTPCODES the shared C library; the Python running this has
the httpcodes wheel installed; `node` finds the package (tests/node/run.sh build). Each response
is written to OUT/<server>-<code>.txt, and `curl -si`'s output of each 405 too where curl exists.
"""

from __future__ import annotations

import ctypes
import json
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import httpcodes

sys.path.insert(0, str(Path(__file__).parent))
import python_server

REPO = Path(__file__).resolve().parents[2]

# Each request: the status it makes both servers answer, its method, path and extra field lines.
REQUESTS = {
    401: ("GET", "/401", []),
    405: ("POST", "/file", ["Content-Length: 0"]),
    206: ("GET", "/file", ["Range: bytes=0-3"]),
    304: ("GET", "/file", ["If-Modified-Since: Fri, 01 Jan 2100 00:00:00 GMT"]),
    416: ("GET", "/file", ["Range: bytes=1000-2000"]),
    503: ("GET", "/503", []),
}

# What each server was found to send: for each status, the fields the RFCs ask of it that the
# response lacks, and so `httpcodes check`'s exit status (1 when a required field is missing).
EXPECTED = {
    ("python", 401): ["WWW-Authenticate"],
    ("python", 405): ["Allow"],
    ("python", 206): [
        "Content-Type",
        "Cache-Control",
        "ETag",
        "Expires",
        "Content-Location",
        "Vary",
    ],
    ("python", 304): ["Content-Location", "ETag", "Vary", "Cache-Control", "Expires"],
    ("python", 416): ["Content-Range"],
    ("python", 503): ["Retry-After"],
    ("node", 401): ["WWW-Authenticate"],
    ("node", 405): ["Allow"],
    ("node", 206): ["Content-Type", "Cache-Control", "ETag", "Expires", "Content-Location", "Vary"],
    ("node", 304): ["Content-Location", "ETag", "Vary", "Cache-Control", "Expires"],
    ("node", 416): ["Content-Range"],
    ("node", 503): ["Retry-After"],
}


def fetch(port: int, method: str, path: str, extra: list[str]) -> bytes:
    """The whole response to one HTTP/1.1 request, as the server sent it."""
    request = [f"{method} {path} HTTP/1.1", f"Host: 127.0.0.1:{port}", "Connection: close", *extra]
    with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
        connection.sendall(("\r\n".join(request) + "\r\n\r\n").encode())
        chunks = []
        while chunk := connection.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def head_of(response: bytes) -> tuple[int, list[str]]:
    """The status code and field names of a response's head."""
    head = response.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")
    return int(head[0].split(" ")[1]), [line.split(":", 1)[0] for line in head[1:]]


def check(binary: str, path: Path) -> tuple[int, list[str]]:
    """`httpcodes check FILE`: its exit status and the names it says are missing."""
    run = subprocess.run([binary, "check", str(path)], capture_output=True, text=True, check=False)
    if run.returncode not in (0, 1):
        sys.exit(f"httpcodes check {path} exited {run.returncode}: {run.stderr}")
    prefix = "  missing: "
    missing = [
        line[len(prefix) :].split(" (")[0]
        for line in run.stdout.splitlines()
        if line.startswith(prefix)
    ]
    return run.returncode, missing


def c_missing(library: ctypes.CDLL, code: int, names: list[str]) -> list[str]:
    """The C door's httpcodes_missing_fields, through ctypes."""

    class Field(ctypes.Structure):
        _fields_ = [(part, ctypes.c_char_p) for part in ("name", "level", "section", "condition")]

    function = library.httpcodes_missing_fields
    function.restype = ctypes.c_int32
    given = (ctypes.c_char_p * max(len(names), 1))(*[name.encode() for name in names])
    out = (ctypes.POINTER(Field) * 16)()
    count = function(
        ctypes.c_int32(code), given, ctypes.c_size_t(len(names)), out, ctypes.c_size_t(16)
    )
    return [out[i].contents.name.decode() for i in range(count)]


def node_missing(heads: list[tuple[int, list[str]]]) -> dict[str, list[list[str]]]:
    """The Node doors' missingFields, addon and pure-JS builds."""
    given = json.dumps([{"code": code, "names": names} for code, names in heads])
    run = subprocess.run(
        ["node", str(REPO / "tests/node/real_heads.mjs")],
        input=given,
        capture_output=True,
        text=True,
        check=True,
    )
    answers: dict[str, list[list[str]]] = json.loads(run.stdout)
    return answers


def responses(out: Path) -> dict[tuple[str, int], Path]:
    """Each server's answer to each request, saved in OUT."""
    saved = {}
    node = subprocess.Popen(
        ["node", str(REPO / "tests/servers/node_server.mjs")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    with tempfile.TemporaryDirectory() as folder:
        python, python_port = python_server.start(Path(folder))
        try:
            assert node.stdout is not None
            ports = {"python": python_port, "node": int(node.stdout.readline())}
            for server, port in ports.items():
                for status, (method, path, extra) in REQUESTS.items():
                    response = fetch(port, method, path, extra)
                    saved[server, status] = out / f"{server}-{status}.txt"
                    saved[server, status].write_bytes(response)
                    if status == 405 and shutil.which("curl"):
                        curl = subprocess.run(
                            ["curl", "-si", "-X", "POST", f"http://127.0.0.1:{port}/file"],
                            capture_output=True,
                            check=True,
                        )
                        saved[server, -405] = out / f"{server}-405-curl.txt"
                        saved[server, -405].write_bytes(curl.stdout)
        finally:
            python.shutdown()
            assert node.stdin is not None
            node.stdin.close()
            node.wait(timeout=10)
    return saved


def main(binary: str, library_path: str, out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    saved = responses(out)
    library = ctypes.CDLL(library_path)
    heads = {key: head_of(path.read_bytes()) for key, path in saved.items()}
    node = node_missing(list(heads.values()))
    failures = []
    for index, ((server, status), path) in enumerate(saved.items()):
        code, names = heads[server, status]
        expected = EXPECTED[server, abs(status)]
        exit_status, by_check = check(binary, path)
        answers = {
            "httpcodes check": by_check,
            "python": [field.name for field in httpcodes.missing_fields(code, names) or ()],
            "c": c_missing(library, code, names),
            "node": node["native"][index],
            "node-js": node["js"][index],
        }
        required = [
            f
            for f in httpcodes.header_fields(code) or ()
            if f.level == "MUST" and f.condition is None
        ]
        wanted_exit = int(any(field.name in expected for field in required))
        verdict = "ok"
        if (
            code != abs(status)
            or any(answer != expected for answer in answers.values())
            or exit_status != wanted_exit
        ):
            verdict = "FAILED"
            failures.append(f"{path.name}: {answers}, check exited {exit_status}")
        lacks = ", ".join(expected) or "nothing"
        print(f"{verdict}: {path.name}: {code}, sent {', '.join(names)}; missing {lacks}")
    for failure in failures:
        print(f"disagreement: {failure}", file=sys.stderr)
    print(f"real servers: {len(saved)} responses, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2], Path(sys.argv[3])))
