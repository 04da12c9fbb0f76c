"""Our stand-in for GitHub's REST API for releases, written for the release rehearsal: it is NOT
GitHub and no GitHub code. It answers, on 127.0.0.1 only, exactly what `tools/dev publish` asks
(tools/dev/publish_github.py), as GitHub's REST API documents those endpoints:

    GET  /repos/OWNER/REPO/releases/tags/TAG          the release of TAG, or 404
    POST /repos/OWNER/REPO/releases                   creates one (201; 422 if TAG has one)
    GET  /repos/OWNER/REPO/releases/ID/assets         its assets (per_page, page)
    POST /uploads/repos/OWNER/REPO/releases/ID/assets?name=NAME
                                                      the release's upload_url: raw bytes (201;
                                                      422 if NAME is there)
    GET  /repos/OWNER/REPO/releases/assets/ID         the asset's JSON; with
                                                      `Accept: application/octet-stream`, a 302
                                                      to its bytes, as GitHub's storage serves them

Every API request must carry `Authorization: Bearer TOKEN` (the token is $STANDIN_TOKEN); the
redirected download must not (storage refuses a second credential). Uploads are stored under
STATE/TAG/NAME, so the rehearsal can see what was published.

    python3 github_api.py PORT STATE"""

import hashlib
import json
import os
import re
import sys
import urllib.parse
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any

STATE = Path(sys.argv[2]) if len(sys.argv) > 2 else Path()
TOKEN = os.environ.get("STANDIN_TOKEN", "")
RELEASES: dict[int, dict[str, Any]] = {}  # by id
ASSETS: dict[int, dict[str, Any]] = {}  # by id, each with its release's id and tag


class GitHubStandIn(BaseHTTPRequestHandler):
    def origin(self) -> str:
        return f"http://{self.headers['Host']}"

    def answer(self, status: int, body: object = None, extra: dict[str, str] | None = None) -> None:
        data = b"" if body is None else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def authorised(self) -> bool:
        if self.headers.get("Authorization") == f"Bearer {TOKEN}":
            return True
        self.answer(401, {"message": "Requires authentication"})
        return False

    def release_json(self, release: dict[str, Any]) -> dict[str, Any]:
        api = f"{self.origin()}/repos/{release['repository']}/releases/{release['id']}"
        uploads = f"{self.origin()}/uploads/repos/{release['repository']}/releases/{release['id']}"
        return {
            "id": release["id"],
            "tag_name": release["tag"],
            "name": release["name"],
            "draft": False,
            "url": api,
            "assets_url": f"{api}/assets",
            "upload_url": f"{uploads}/assets{{?name,label}}",
        }

    def asset_json(self, asset: dict[str, Any]) -> dict[str, Any]:
        repository = RELEASES[asset["release"]]["repository"]
        return {
            "id": asset["id"],
            "name": asset["name"],
            "state": "uploaded",
            "size": asset["size"],
            "digest": f"sha256:{asset['sha256']}",
            "url": f"{self.origin()}/repos/{repository}/releases/assets/{asset['id']}",
        }

    def do_GET(self) -> None:
        path, _, query = self.path.partition("?")
        if path.startswith("/storage/"):
            self.storage(int(path.rsplit("/", 1)[1]))
            return
        if not self.authorised():
            return
        routes = (
            (r"/repos/([^/]+/[^/]+)/releases/tags/(.+)", self.release_by_tag),
            (r"/repos/[^/]+/[^/]+/releases/(\d+)/assets", self.list_assets),
            (r"/repos/[^/]+/[^/]+/releases/assets/(\d+)", self.asset),
        )
        for pattern, handle in routes:
            if found := re.fullmatch(pattern, path):
                handle(found, query)
                return
        self.answer(404, {"message": "Not Found"})

    def release_by_tag(self, found: re.Match[str], _query: str) -> None:
        key = (found.group(1), urllib.parse.unquote(found.group(2)))
        matches = [r for r in RELEASES.values() if (r["repository"], r["tag"]) == key]
        if matches:
            self.answer(200, self.release_json(matches[0]))
        else:
            self.answer(404, {"message": "Not Found"})

    def list_assets(self, found: re.Match[str], query: str) -> None:
        asked = urllib.parse.parse_qs(query)
        size = int(asked.get("per_page", ["30"])[0])
        page = int(asked.get("page", ["1"])[0])
        listed = [a for a in ASSETS.values() if a["release"] == int(found.group(1))]
        self.answer(200, [self.asset_json(a) for a in listed[(page - 1) * size : page * size]])

    def asset(self, found: re.Match[str], _query: str) -> None:
        asset = ASSETS.get(int(found.group(1)))
        if asset is None:
            self.answer(404, {"message": "Not Found"})
        elif self.headers.get("Accept") == "application/octet-stream":
            self.answer(302, None, {"Location": f"{self.origin()}/storage/{asset['id']}"})
        else:
            self.answer(200, self.asset_json(asset))

    def storage(self, asset_id: int) -> None:
        if "Authorization" in self.headers:
            return self.answer(400, {"message": "only one auth mechanism allowed"})
        asset = ASSETS.get(asset_id)
        if asset is None:
            return self.answer(404, {"message": "Not Found"})
        data = (STATE / RELEASES[asset["release"]]["tag"] / asset["name"]).read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
        return None

    def do_POST(self) -> None:
        if not self.authorised():
            return None
        path, _, query = self.path.partition("?")
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        if found := re.fullmatch(r"/repos/([^/]+/[^/]+)/releases", path):
            return self.create(found.group(1), json.loads(body))
        if found := re.fullmatch(r"/uploads/repos/[^/]+/[^/]+/releases/(\d+)/assets", path):
            name = urllib.parse.parse_qs(query).get("name", [""])[0]
            return self.upload(int(found.group(1)), name, body)
        return self.answer(404, {"message": "Not Found"})

    def create(self, repository: str, asked: dict[str, Any]) -> None:
        tag = asked["tag_name"]
        if any((r["repository"], r["tag"]) == (repository, tag) for r in RELEASES.values()):
            return self.answer(422, {"message": "Validation Failed", "code": "already_exists"})
        release: dict[str, Any] = {"id": len(RELEASES) + 1, "repository": repository, "tag": tag}
        release["name"] = asked.get("name", tag)
        RELEASES[release["id"]] = release
        (STATE / tag).mkdir(parents=True, exist_ok=True)
        return self.answer(201, self.release_json(release))

    def upload(self, release_id: int, name: str, data: bytes) -> None:
        release = RELEASES.get(release_id)
        if release is None or not name or "/" in name:
            return self.answer(404 if release is None else 422, {"message": "bad upload"})
        if any(a["release"] == release_id and a["name"] == name for a in ASSETS.values()):
            return self.answer(422, {"message": "Validation Failed", "code": "already_exists"})
        (STATE / release["tag"] / name).write_bytes(data)
        asset: dict[str, Any] = {
            "id": len(ASSETS) + 1,
            "release": release_id,
            "name": name,
            "size": len(data),
        }
        asset["sha256"] = hashlib.sha256(data).hexdigest()
        ASSETS[asset["id"]] = asset
        return self.answer(201, self.asset_json(asset))

    def log_message(self, format: str, *args: object) -> None:
        sys.stderr.write(f"github stand-in: {format % args}\n")


if __name__ == "__main__":
    STATE.mkdir(parents=True, exist_ok=True)
    HTTPServer(("127.0.0.1", int(sys.argv[1])), GitHubStandIn).serve_forever()
