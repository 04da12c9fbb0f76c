"""Writes VERSION into every place the sources carry httpcodes' version (`make version V=…`).

Cargo.toml's [workspace.package] version is where a person reads it; this script writes that
line, the version each crate asks of a sibling, and the npm manifests and lockfile. `make
version` then runs `make generate`, which writes the header and the generated modules, and
`make lint` checks every place agrees (tests/versions/versions.py).
"""

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEMVER = re.compile(r"^\d+\.\d+\.\d+$")


def rewrite(path: Path, pattern: str, replacement: str, count: int = 0) -> None:
    text = path.read_text(encoding="utf-8")
    new, found = re.subn(pattern, replacement, text, count=count, flags=re.MULTILINE)
    if not found:
        sys.exit(f"{path}: no version found to write")
    path.write_text(new, encoding="utf-8")


def write_json(path: Path, data: object) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main(version: str) -> None:
    if not SEMVER.match(version):
        sys.exit(f"usage: set_version.py X.Y.Z (got {version!r})")
    rewrite(ROOT / "Cargo.toml", r'^version = "[^"]*"', f'version = "{version}"', count=1)
    for manifest in ROOT.glob("*/Cargo.toml"):
        text = manifest.read_text(encoding="utf-8")
        if re.search(r'path = "[^"]*", version = "', text):
            rewrite(manifest, r'(path = "[^"]*", version = ")[^"]*"', rf'\g<1>{version}"')
    for manifest in sorted((ROOT / "node").rglob("package.json")):
        if "node_modules" in manifest.parts:
            continue
        package = json.loads(manifest.read_text(encoding="utf-8"))
        package["version"] = version
        for name in package.get("optionalDependencies", {}):
            package["optionalDependencies"][name] = version
        write_json(manifest, package)
    lock_path = ROOT / "node" / "package-lock.json"
    lock = json.loads(lock_path.read_text(encoding="utf-8"))
    lock["version"] = lock["packages"][""]["version"] = version
    write_json(lock_path, lock)
    print(f"wrote version {version}; now run make generate")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: set_version.py X.Y.Z")
    main(sys.argv[1])
