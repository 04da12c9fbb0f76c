"""Prints what `make dist` left in DIST as one table: artifact, tag or target, size."""

import sys
from pathlib import Path

import targets
from repo import version


def main(dist: Path) -> int:
    what = {artifact.name: artifact.what for artifact in targets.described(version())}
    rows = [
        (path.name, what.get(path.name, "-"), path.stat().st_size)
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
