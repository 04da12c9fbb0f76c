"""Prints what `make dist` left in DIST as one table: artifact, tag or target, size."""

import re
import sys
from pathlib import Path


def tag_of(name: str) -> str:
    """The platform tag or target an artifact's file name carries."""
    if name.endswith(".whl"):
        return "-".join(name[: -len(".whl")].split("-")[2:])  # python-abi-platform
    if name.endswith(".tar.gz") and name.startswith("httpcodes_py-"):
        return "sdist (any platform with Rust)"
    if name.endswith(".crate"):
        return "crates.io source"
    if name.startswith(("libhttpcodes-", "httpcodes-cli-")):
        kind = "C library" if name.startswith("lib") else "command"
        return f"{kind} " + re.sub(r"^(lib)?httpcodes-(cli-)?[^-]+-|\.tar\.gz$|\.zip$", "", name)
    if name.endswith(".tgz"):
        platform = re.sub(r"^httpcodes-?|-?\d+\.\d+\.\d+.*\.tgz$", "", name)
        return f"npm {platform or 'main package (any platform)'}"
    return "-"


def main(dist: Path) -> int:
    rows = [
        (path.name, tag_of(path.name), path.stat().st_size)
        for path in sorted(dist.iterdir())
        if path.is_file() and not path.name.startswith(".") and path.name != "SHA256SUMS"
    ]
    if not rows:
        print(f"error: {dist} is empty", file=sys.stderr)
        return 1
    widths = [max(len(str(row[i])) for row in rows) for i in range(3)]
    header = ("artifact", "tag or target", "bytes")
    widths = [max(w, len(h)) for w, h in zip(widths, header)]
    for artifact, tag, size in [header, *rows]:
        print(f"{artifact:<{widths[0]}}  {tag:<{widths[1]}}  {size:>{widths[2]}}")
    sboms = len(list((dist / "sbom").glob("*.cdx.json")))
    sums = (dist / "SHA256SUMS").read_text().splitlines() if (dist / "SHA256SUMS").exists() else []
    print(
        f"{len(rows)} artifacts, {sboms} CycloneDX SBOMs in sbom/, {len(sums)} files in SHA256SUMS"
    )
    return 0
