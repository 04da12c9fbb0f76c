"""The servers of the release rehearsal, each on 127.0.0.1 with its state under one folder: the
three registries, each a real server pinned and installed by tools/dev (machine.py,
tests/dist/release/requirements.txt and tests/dist/release/verdaccio/package-lock.json):
verdaccio (npm), pypiserver (PyPI) and cargo-http-registry (crates); and github_api.py, our own
stand-in for GitHub's REST API for releases (not GitHub). `Registries` starts them and stops
them whole."""

import base64
import hashlib
import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import machine
from repo import run, say

HERE = Path(__file__).resolve().parent
VERDACCIO = HERE / "verdaccio"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2):
            return True
    except urllib.error.HTTPError:
        return True  # a server that answers, even "no"
    except OSError:
        return False


class Registries:
    """Starts the three servers under STATE; a `with` block stops them, however it ends."""

    def __init__(self, state: Path) -> None:
        self.state = state
        self.servers: list[subprocess.Popen[bytes]] = []
        self.log = open(state / "servers.log", "wb")  # noqa: SIM115 - closed in __exit__
        self.secret = secrets.token_hex(16)
        ports = [free_port() for _ in range(4)]
        self.npm = f"http://127.0.0.1:{ports[0]}/"
        self.pypi = f"http://127.0.0.1:{ports[1]}/"
        self.crates_api = f"http://127.0.0.1:{ports[2]}"
        self.crates_index = f"file://{state / 'crates'}"
        self.github_api = f"http://127.0.0.1:{ports[3]}"
        self.github_releases = state / "github"
        self.npm_token = ""

    def __enter__(self) -> "Registries":
        self.start_verdaccio()
        self.start_pypiserver()
        self.start_crates()
        self.start_github()
        for url in (self.npm + "-/ping", self.pypi, self.crates_api, self.github_api):
            self.wait(url)
        self.npm_token = self.npm_user()
        say(f"registries up: npm {self.npm}, PyPI {self.pypi}, crates {self.crates_api}")
        say(
            f"GitHub releases: {self.github_api} is our stand-in for GitHub's REST API "
            "(tests/dist/release/github_api.py), not GitHub"
        )
        return self

    def __exit__(self, *_: object) -> None:
        for server in self.servers:
            server.terminate()
        for server in self.servers:
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        self.log.close()
        say(f"registries stopped: {len(self.servers)} servers, none left running")

    def spawn(self, *command: object, env: dict[str, str] | None = None) -> None:
        self.servers.append(
            subprocess.Popen(
                [str(part) for part in command], stdout=self.log, stderr=self.log, env=env
            )
        )

    def wait(self, url: str) -> None:
        for _ in range(120):
            if any(server.poll() is not None for server in self.servers):
                sys.exit(f"a registry server stopped early: {self.state / 'servers.log'}")
            if answers(url):
                return
            time.sleep(0.5)
        sys.exit(f"{url} never answered: {self.state / 'servers.log'}")

    def start_verdaccio(self) -> None:
        run("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error", cwd=VERDACCIO)
        folder = self.state / "verdaccio"
        folder.mkdir()
        # No uplinks: every install resolves from what was published here, nothing from npmjs.
        config = {
            "storage": str(folder / "storage"),
            "auth": {"htpasswd": {"file": str(folder / "htpasswd"), "max_users": 1}},
            "uplinks": {},
            "packages": {"**": {"access": "$all", "publish": "$authenticated"}},
            "log": {"type": "stdout", "format": "pretty", "level": "warn"},
        }
        (folder / "config.yaml").write_text(json.dumps(config))  # JSON is YAML
        verdaccio = VERDACCIO / "node_modules/verdaccio/bin/verdaccio"
        listen = self.npm.removeprefix("http://").rstrip("/")
        self.spawn("node", verdaccio, "--config", folder / "config.yaml", "--listen", listen)

    def npm_user(self) -> str:
        """Adds the rehearsal's one npm user and returns its token."""
        body = json.dumps({"name": "rehearsal", "password": self.secret}).encode()
        sent = urllib.request.Request(
            f"{self.npm}-/user/org.couchdb.user:rehearsal",
            data=body,
            method="PUT",
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(sent, timeout=30) as answer:
            return str(json.load(answer)["token"])

    def start_pypiserver(self) -> None:
        venv = machine.pinned_venv(
            machine.TOOLS / "rehearsal-venv", [HERE / "requirements.txt"], machine.RELEASE_PYTHON
        )
        folder = self.state / "pypi"
        folder.mkdir()
        # Apache's {SHA} form of the password, which pypiserver's passlib reads.
        digest = base64.b64encode(hashlib.sha1(self.secret.encode()).digest()).decode()
        (self.state / "htpasswd").write_text(f"__token__:{{SHA}}{digest}\n")
        port = self.pypi.rstrip("/").rsplit(":", 1)[1]
        # --disable-fallback: a name it lacks is not sent on to pypi.org.
        self.spawn(
            venv / "pypi-server", "run", "--interface", "127.0.0.1", "--port", port,
            "--passwords", self.state / "htpasswd", "--authenticate", "update",
            "--disable-fallback", folder,
        )  # fmt: skip

    def start_crates(self) -> None:
        registry = machine.cargo_tool("cargo-http-registry")
        address = self.crates_api.removeprefix("http://")
        self.spawn(registry, "--addr", address, self.state / "crates")

    def start_github(self) -> None:
        port = self.github_api.rsplit(":", 1)[1]
        env = {**os.environ, "STANDIN_TOKEN": self.secret}
        self.spawn(sys.executable, HERE / "github_api.py", port, self.github_releases, env=env)

    def publish_arguments(self) -> list[str]:
        """`tools/dev publish`'s registry arguments for these servers."""
        return [
            f"--crates-api={self.crates_api}",
            f"--crates-index={self.crates_index}",
            f"--pypi-upload={self.pypi}",
            f"--pypi-simple={self.pypi}simple/",
            f"--npm-registry={self.npm}",
            f"--github-api={self.github_api}",
            "--github-repository=httpcodes/httpcodes",
        ]

    def tokens(self) -> dict[str, str]:
        """The environment's tokens for these servers (cargo-http-registry checks none)."""
        return {
            "CARGO_REGISTRY_TOKEN": "rehearsal",
            "PYPI_TOKEN": self.secret,
            "NODE_AUTH_TOKEN": self.npm_token,
            "GITHUB_TOKEN": self.secret,
        }
