"""The GitHub release: every file SHA256SUMS lists, flat (an SBOM's `sbom/` folder dropped), with a
SHA256SUMS whose names are those flat names, so that `sha256sum --check SHA256SUMS` passes in a
folder of the downloaded assets. `tools/dev release-assets` stages the same folder for the
build-provenance attestation, so what is attested is what is uploaded."""

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

from publish_http import Refused, sha256
from repo import run, say


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


def existing(tag: str) -> dict[str, str] | None:
    """The assets of the release TAG by name, with their SHA-256 where GitHub records it ("" where
    not), or None when there is no such release."""
    shown = subprocess.run(
        ["gh", "release", "view", tag, "--json", "assets"],
        capture_output=True,
        text=True,
        check=False,
    )
    if shown.returncode != 0:
        if "not found" in shown.stderr.lower():
            return None
        raise SystemExit(f"gh release view {tag}: {shown.stderr.strip()}")
    assets = json.loads(shown.stdout)["assets"]
    return {asset["name"]: (asset.get("digest") or "").removeprefix("sha256:") for asset in assets}


def downloaded(tag: str, name: str) -> str:
    """The SHA-256 of release asset NAME, downloaded."""
    with tempfile.TemporaryDirectory() as scratch:
        run("gh", "release", "download", tag, "--pattern", name, "--dir", scratch)
        return sha256((Path(scratch) / name).read_bytes())


def publish(files: list[Path], tag: str, dry_run: bool) -> tuple[int, int]:
    """Creates the release TAG with FILES, or uploads those it lacks; (published, skipped)."""
    if dry_run:
        size = sum(file.stat().st_size for file in files)
        say(f"github (dry run): would create {tag} with {len(files)} assets, {size} bytes")
        return 0, 0
    there = existing(tag)
    created = there is None
    if there is None:
        run("gh", "release", "create", tag, "--verify-tag", "--title", f"httpcodes {tag}", *files)
        there = {}
    for file in files:
        if file.name in there:
            recorded = there[file.name] or downloaded(tag, file.name)
            if recorded != sha256(file.read_bytes()):
                raise Refused(f"the release {tag} has {file.name} with other bytes")
    missing = [file for file in files if file.name not in there]
    if missing and not created:
        run("gh", "release", "upload", tag, *missing)
    for file in files:
        if downloaded(tag, file.name) != sha256(file.read_bytes()):
            raise Refused(f"the release {tag} serves {file.name} with other bytes")
    return len(missing), len(files) - len(missing)
