"""The npm tarballs of dist/, published with `npm publish TARBALL` (no lifecycle script runs: the
tarball is published as it is), then read back from the registry: its `dist.integrity` and the
tarball it serves, compared with SHA256SUMS. The token lives only in a user config this program
writes into a scratch folder, as npm's `${NODE_AUTH_TOKEN}` (npm reads it from the environment)."""

import base64
import hashlib
import json
import shutil
import tarfile
import tempfile
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from publish_http import Refused, download, eventually, request, sha256
from repo import run


@dataclass(frozen=True)
class Registry:
    url: str  # https://registry.npmjs.org/
    provenance: bool  # sign a provenance statement (GitHub Actions with id-token only)


def manifest(tarball: Path) -> dict[str, Any]:
    with tarfile.open(tarball) as packed:
        return dict(json.load(packed.extractfile("package/package.json")))  # type: ignore[arg-type]


def served(registry: Registry, name: str, version: str) -> tuple[str, bytes] | None:
    """(dist.integrity, tarball bytes) of NAME@VERSION as the registry serves them, or None."""
    status, body = request(f"{registry.url.rstrip('/')}/{urllib.parse.quote(name, safe='@')}")
    if status != 200:
        return None
    found = json.loads(body).get("versions", {}).get(version)
    if not found:
        return None
    tarball = download(found["dist"]["tarball"])
    return (found["dist"].get("integrity", ""), tarball) if tarball is not None else None


def integrity(data: bytes) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()


def npm_publish(tarball: Path, registry: Registry) -> None:
    host = urllib.parse.urlsplit(registry.url)
    key = f"//{host.netloc}{host.path.rstrip('/')}/:_authToken"
    with tempfile.TemporaryDirectory() as scratch:
        config = Path(scratch) / "npmrc"
        config.write_text(f"{key}=${{NODE_AUTH_TOKEN}}\n")
        command = [shutil.which("npm") or "npm", "publish", tarball, "--access", "public"]
        command += ["--registry", registry.url, "--userconfig", config, "--ignore-scripts"]
        command += ["--provenance"] if registry.provenance else []
        run(*command, cwd=Path(scratch))


def publish(tarball: Path, sha: str, registry: Registry) -> str:
    """Publishes TARBALL unless the registry has it already: "published" or "skipped"."""
    package = manifest(tarball)
    name, version = package["name"], package["version"]
    there = served(registry, name, version)
    if there is not None:
        if sha256(there[1]) == sha:
            return "skipped"
        raise Refused(f"{name}@{version} is in the registry with other bytes")
    npm_publish(tarball, registry)
    recorded, back = eventually(lambda: served(registry, name, version), f"{name}@{version}")
    if sha256(back) != sha or recorded != integrity(tarball.read_bytes()):
        raise Refused(f"{name}@{version}: the registry serves other bytes than SHA256SUMS names")
    return "published"


def order(tarballs: list[Path]) -> list[Path]:
    """The platform packages first, then the packages that name them as optional dependencies."""
    names = {manifest(tarball)["name"]: tarball for tarball in tarballs}
    uses = {
        name: set(manifest(tarball).get("optionalDependencies", {})) & set(names)
        for name, tarball in names.items()
    }
    return sorted(
        tarballs, key=lambda tarball: (bool(uses[manifest(tarball)["name"]]), tarball.name)
    )
