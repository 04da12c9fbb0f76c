"""The crates of dist/, uploaded as they are through the registry's web API (what `cargo publish`
sends after packing), so nothing is packed or compiled again where the token is; then read back
as the registry's index records them (its `cksum`, the crate's SHA-256)."""

import json
import struct
import tarfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomllib
from publish_http import Refused, eventually, request

# Where a dependency that is not one of ours comes from, named as an index URL; None means "this
# registry", which is what crates.io expects of its own.
CRATES_IO_INDEX = "https://github.com/rust-lang/crates.io-index"
CRATES_IO_API = "https://crates.io"
KINDS = {"dependencies": "normal", "dev-dependencies": "dev", "build-dependencies": "build"}


@dataclass(frozen=True)
class Registry:
    api: str  # e.g. https://crates.io: takes PUT /api/v1/crates/new
    index: str  # sparse+https://… or file:///… (a git index's working tree)
    token: str


def manifest(crate: Path) -> tuple[dict[str, Any], str]:
    """The normalized Cargo.toml `cargo package` wrote into CRATE, and its README's text."""
    with tarfile.open(crate) as packed:
        top = packed.getnames()[0].split("/")[0]
        toml = tomllib.loads(packed.extractfile(f"{top}/Cargo.toml").read().decode())  # type: ignore[union-attr]
        readme = toml["package"].get("readme")
        text = packed.extractfile(f"{top}/{readme}").read().decode() if readme else ""  # type: ignore[union-attr]
    return toml, text


def dependencies(toml: dict[str, Any], ours: set[str], to_crates_io: bool) -> list[dict[str, Any]]:
    """Every dependency as the publish API names it, the target-specific ones included."""
    tables = [(None, toml)] + [(cfg, table) for cfg, table in toml.get("target", {}).items()]
    found = []
    for target, table in tables:
        for section, kind in KINDS.items():
            for key, given in table.get(section, {}).items():
                spec = {"version": given} if isinstance(given, str) else given
                name = spec.get("package", key)
                if "version" not in spec:
                    continue  # a path-only dev-dependency, which cargo leaves out too
                mine = name in ours or to_crates_io
                found.append(
                    {
                        "name": name,
                        "version_req": spec["version"],
                        "features": spec.get("features", []),
                        "optional": spec.get("optional", False),
                        "default_features": spec.get("default-features", True),
                        "target": target,
                        "kind": kind,
                        "registry": None if mine else CRATES_IO_INDEX,
                        "explicit_name_in_toml": key if "package" in spec else None,
                    }
                )
    return found


def metadata(crate: Path, ours: set[str], registry: Registry) -> dict[str, Any]:
    toml, readme = manifest(crate)
    package = toml["package"]
    return {
        "name": package["name"],
        "vers": package["version"],
        "deps": dependencies(toml, ours, registry.api.rstrip("/") == CRATES_IO_API),
        "features": toml.get("features", {}),
        "authors": package.get("authors", []),
        "description": package.get("description"),
        "documentation": package.get("documentation"),
        "homepage": package.get("homepage"),
        "readme": readme or None,
        "readme_file": package.get("readme"),
        "keywords": package.get("keywords", []),
        "categories": package.get("categories", []),
        "license": package.get("license"),
        "license_file": package.get("license-file"),
        "repository": package.get("repository"),
        "badges": {},
        "links": package.get("links"),
        "rust_version": package.get("rust-version"),
    }


def index_path(name: str) -> str:
    """NAME's file in a registry index, by cargo's layout."""
    name = name.lower()
    if len(name) <= 2:
        return f"{len(name)}/{name}"
    if len(name) == 3:
        return f"3/{name[0]}/{name}"
    return f"{name[:2]}/{name[2:4]}/{name}"


def recorded(registry: Registry, name: str, version: str) -> str | None:
    """The cksum the registry's index records for NAME VERSION, or None."""
    path = index_path(name)
    if registry.index.startswith("file://"):
        file = Path(registry.index.removeprefix("file://")) / path
        text = file.read_text() if file.exists() else ""
    else:
        status, body = request(f"{registry.index.removeprefix('sparse+').rstrip('/')}/{path}")
        text = body.decode() if status == 200 else ""
    for line in text.splitlines():
        entry = json.loads(line)
        if entry["vers"] == version:
            return str(entry["cksum"])
    return None


def upload(crate: Path, meta: dict[str, Any], registry: Registry) -> None:
    body = json.dumps(meta).encode()
    data = crate.read_bytes()
    payload = struct.pack("<I", len(body)) + body + struct.pack("<I", len(data)) + data
    headers = {"Authorization": registry.token, "Content-Type": "application/octet-stream"}
    url = f"{registry.api.rstrip('/')}/api/v1/crates/new"
    _, answer = request(url, data=payload, method="PUT", headers=headers)
    errors = json.loads(answer or b"{}").get("errors") if answer.startswith(b"{") else None
    if errors:
        raise SystemExit(f"{url}: {errors}")


def publish(crate: Path, sha: str, ours: set[str], registry: Registry) -> str:
    """Publishes CRATE unless its bytes are there already: "published" or "skipped"."""
    meta = metadata(crate, ours, registry)
    name, version = meta["name"], meta["vers"]
    there = recorded(registry, name, version)
    if there == sha:
        return "skipped"
    if there is not None:
        raise Refused(f"{name} {version} is in the registry with other bytes (cksum {there})")
    upload(crate, meta, registry)
    back = eventually(lambda: recorded(registry, name, version), f"{name} {version}")
    if back != sha:
        raise Refused(f"{name} {version}: the registry records cksum {back}, SHA256SUMS {sha}")
    return "published"


def order(crates: list[Path]) -> list[Path]:
    """CRATES with each after the ones of them it depends on (core before the command)."""
    names = {manifest(crate)[0]["package"]["name"]: crate for crate in crates}
    needs = {
        name: {
            dep["name"]
            for dep in dependencies(manifest(crate)[0], set(names), True)
            if dep["name"] in names and dep["kind"] != "dev"
        }
        for name, crate in names.items()
    }
    done: list[str] = []
    while len(done) < len(names):
        ready = sorted(name for name in names if name not in done and needs[name] <= set(done))
        if not ready:
            raise SystemExit(f"the crates depend on each other in a circle: {sorted(needs)}")
        done.append(ready[0])
    return [names[name] for name in done]
