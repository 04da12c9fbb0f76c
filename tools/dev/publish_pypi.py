"""The wheels and the sdist of dist/, uploaded through PyPI's upload API (the form twine posts),
then downloaded back from the simple index and compared byte for byte. On GitHub Actions the
token may be minted by trusted publishing (PyPI's OIDC exchange) instead of being a secret."""

import base64
import email.parser
import hashlib
import json
import os
import re
import tarfile
import urllib.parse
import zipfile
from dataclasses import dataclass
from pathlib import Path

from publish_http import Refused, download, eventually, multipart, request, sha256

# Core metadata fields the upload form repeats, by their form names.
MULTIPLE = {
    "classifier": "classifiers",
    "project-url": "project_urls",
    "requires-dist": "requires_dist",
    "provides-extra": "provides_extra",
    "platform": "platform",
    "supported-platform": "supported_platform",
    "license-file": "license_files",
    "dynamic": "dynamic",
}


@dataclass(frozen=True)
class Index:
    upload: str  # https://upload.pypi.org/legacy/
    simple: str  # https://pypi.org/simple/
    token: str


def core_metadata(file: Path) -> email.message.Message:
    """The METADATA of a wheel, or the PKG-INFO of an sdist."""
    if file.name.endswith(".whl"):
        with zipfile.ZipFile(file) as wheel:
            name = next(n for n in wheel.namelist() if n.endswith(".dist-info/METADATA"))
            text = wheel.read(name).decode()
    else:
        with tarfile.open(file) as sdist:
            top = sdist.getnames()[0].split("/")[0]
            text = sdist.extractfile(f"{top}/PKG-INFO").read().decode()  # type: ignore[union-attr]
    return email.parser.Parser().parsestr(text)


def form(file: Path, sha: str) -> list[tuple[str, str]]:
    """The upload form's fields for FILE, from its own metadata."""
    meta = core_metadata(file)
    wheel = file.name.endswith(".whl")
    fields = [
        (":action", "file_upload"),
        ("protocol_version", "1"),
        ("filetype", "bdist_wheel" if wheel else "sdist"),
        ("pyversion", file.name.split("-")[2] if wheel else "source"),
        ("sha256_digest", sha),
        ("md5_digest", hashlib.md5(file.read_bytes(), usedforsecurity=False).hexdigest()),
    ]
    for key, value in meta.items():
        field = key.lower()
        fields.append((MULTIPLE.get(field, field.replace("-", "_")), value))
    description = meta.get_payload()
    if isinstance(description, str) and description.strip():
        fields.append(("description", description))
    return fields


def project(file: Path) -> str:
    """FILE's project name, normalized as the simple index names it (PEP 503)."""
    return re.sub(r"[-_.]+", "-", str(core_metadata(file)["Name"])).lower()


def listed(index: Index, file: Path) -> bytes | None:
    """FILE's bytes as the simple index serves them, or None when it lists no such file."""
    page = f"{index.simple.rstrip('/')}/{project(file)}/"
    status, body = request(page)
    if status != 200:
        return None
    for href, name in re.findall(r'<a [^>]*href="([^"]+)"[^>]*>([^<]+)</a>', body.decode()):
        if name.strip() == file.name:
            return download(urllib.parse.urljoin(page, href.split("#")[0]))
    return None


def publish(file: Path, sha: str, index: Index) -> str:
    """Publishes FILE unless the index has it already: "published" or "skipped"."""
    there = listed(index, file)
    if there is not None:
        if sha256(there) == sha:
            return "skipped"
        raise Refused(f"{file.name} is on the index with other bytes (sha256 {sha256(there)})")
    body, kind = multipart(form(file, sha), ("content", file.name, file.read_bytes()))
    secret = base64.b64encode(f"__token__:{index.token}".encode()).decode()
    headers = {"Content-Type": kind, "Authorization": f"Basic {secret}"}
    request(index.upload, data=body, method="POST", headers=headers)
    back = eventually(lambda: listed(index, file), file.name)
    if sha256(back) != sha:
        raise Refused(f"{file.name}: the index serves sha256 {sha256(back)}, SHA256SUMS {sha}")
    return "published"


def trusted_token(upload: str) -> str:
    """A short-lived PyPI token from GitHub's OIDC token (trusted publishing), or ""."""
    url = os.environ.get("ACTIONS_ID_TOKEN_REQUEST_URL")
    bearer = os.environ.get("ACTIONS_ID_TOKEN_REQUEST_TOKEN")
    if not url or not bearer:
        return ""
    site = urllib.parse.urlsplit(upload)._replace(path="", query="", fragment="")
    base = site.geturl().replace("upload.", "", 1)
    _, answer = request(f"{base}/_/oidc/audience")
    audience = json.loads(answer)["audience"]
    _, answer = request(f"{url}&audience={audience}", headers={"Authorization": f"bearer {bearer}"})
    oidc = json.loads(answer)["value"]
    _, answer = request(
        f"{base}/_/oidc/mint-token",
        data=json.dumps({"token": oidc}).encode(),
        headers={"Content-Type": "application/json"},
    )
    return str(json.loads(answer)["token"])
