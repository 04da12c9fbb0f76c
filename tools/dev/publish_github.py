"""The GitHub release: every file SHA256SUMS lists, flat (an SBOM's `sbom/` folder dropped), with a
SHA256SUMS whose names are those flat names, so that `sha256sum --check SHA256SUMS` passes in a
folder of the downloaded assets. `tools/dev release-assets` stages the same folder for the
build-provenance attestation, so what is attested is what is uploaded.

It speaks GitHub's REST API for releases (version 2022-11-28) itself: find the release of the tag
or create it, list its assets, upload each missing one to the release's `upload_url`, then
download every asset (`Accept: application/octet-stream`, which answers 200 or a 302 to storage)
and compare its bytes with the staged file's."""

import json
import shutil
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from publish_http import Refused, request, sha256
from repo import say

API_VERSION = "2022-11-28"
PAGE = 100  # the most assets one page of the listing holds


@dataclass(frozen=True)
class Api:
    base: str  # https://api.github.com, or $GITHUB_API_URL
    repository: str  # owner/name, or $GITHUB_REPOSITORY
    token: str


def stage(dist: Path, sums: dict[str, str], out: Path) -> list[Path]:
    """Copies every file of SUMS into OUT under its flat name, writes OUT/SHA256SUMS; the files."""
    flat = {Path(name).name: name for name in sums}
    if len(flat) != len(sums):
        raise Refused("two files of SHA256SUMS share a name once their folders are dropped")
    out.mkdir(parents=True, exist_ok=True)
    for name, path in sorted(flat.items()):
        shutil.copyfile(dist / path, out / name)
    lines = "".join(f"{sums[path]}  {name}\n" for name, path in sorted(flat.items()))
    (out / "SHA256SUMS").write_text(lines)
    return [out / name for name in sorted(flat)] + [out / "SHA256SUMS"]


def call(
    api: Api,
    url: str,
    data: bytes | None = None,
    accept: str = "application/vnd.github+json",
    kind: str = "application/json",
) -> tuple[int, bytes]:
    """(status, body) of one API request; 404 is an answer, every other error stops the release.
    The token is an unredirected header: a download's 302 leads to storage that must not see it."""
    headers = {"Accept": accept, "X-GitHub-Api-Version": API_VERSION}
    if data is not None:
        headers["Content-Type"] = kind
    return request(
        url,
        data,
        method="POST" if data is not None else "GET",
        headers=headers,
        unredirected={"Authorization": f"Bearer {api.token}"},
    )


def release(api: Api, tag: str) -> tuple[dict[str, Any], bool]:
    """The release of TAG, created (not a draft) when there is none; (release, created)."""
    base = f"{api.base.rstrip('/')}/repos/{api.repository}/releases"
    status, body = call(api, f"{base}/tags/{urllib.parse.quote(tag)}")
    if status == 200:
        return json.loads(body), False
    asked = {"tag_name": tag, "name": f"httpcodes {tag}", "draft": False, "prerelease": False}
    _, body = call(api, base, json.dumps(asked).encode())
    return json.loads(body), True


def assets(api: Api, listing: str) -> dict[str, dict[str, Any]]:
    """Every asset of the release whose assets are at LISTING, by name, page by page."""
    found: dict[str, dict[str, Any]] = {}
    for page in range(1, 1000):
        _, body = call(api, f"{listing}?per_page={PAGE}&page={page}")
        shown = json.loads(body)
        found.update((asset["name"], asset) for asset in shown)
        if len(shown) < PAGE:
            return found
    raise SystemExit(f"{listing}: more pages than any release has")


def upload(api: Api, template: str, file: Path) -> dict[str, Any]:
    """Uploads FILE to the release's upload_url TEMPLATE (`…/assets{?name,label}`)."""
    url = template.split("{", 1)[0] + "?name=" + urllib.parse.quote(file.name)
    _, body = call(api, url, file.read_bytes(), kind="application/octet-stream")
    return dict(json.loads(body))


def downloaded(api: Api, asset: dict[str, Any]) -> str:
    """The SHA-256 of ASSET's bytes, downloaded through the API."""
    status, body = call(api, asset["url"], accept="application/octet-stream")
    if status != 200:
        raise SystemExit(f"GET {asset['url']}: {status}")
    return sha256(body)


def publish(files: list[Path], tag: str, api: Api | None) -> tuple[int, int]:
    """Creates the release TAG with FILES, or uploads those it lacks, then reads every one back;
    (published, skipped). API None: a dry run that only says what it would send."""
    if api is None:
        size = sum(file.stat().st_size for file in files)
        say(f"github (dry run): would create {tag} with {len(files)} assets, {size} bytes")
        return 0, 0
    found, created = release(api, tag)
    say(f"github: release {tag} " + ("created" if created else "found") + f" ({found['url']})")
    there = assets(api, found["assets_url"])
    for file in files:
        asset = there.get(file.name)
        if asset and (asset.get("digest") or "sha256:" + downloaded(api, asset)) != (
            "sha256:" + sha256(file.read_bytes())
        ):
            raise Refused(f"the release {tag} has {file.name} with other bytes")
    missing = [file for file in files if file.name not in there]
    for file in missing:
        there[file.name] = upload(api, found["upload_url"], file)
    for file in files:
        if downloaded(api, there[file.name]) != sha256(file.read_bytes()):
            raise Refused(f"the release {tag} serves {file.name} with other bytes")
        outcome = "uploaded" if file in missing else "already there with these bytes"
        say(f"github: {file.name} {outcome}, read back: the bytes staged")
    return len(missing), len(files) - len(missing)
