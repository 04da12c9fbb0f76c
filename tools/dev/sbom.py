"""Writes OUT/sbom/ARTIFACT.cdx.json for every artifact of OUT, from the SBOMs in SBOMS.

SBOMS holds cargo-cyclonedx's SBOM of each crate, named by its folder (core, ffi-c, py, node,
cli …), and npm's of the npm main package (npm). Each artifact gets the SBOM of what it is built
from. So that the same commit gives the same bytes, the SBOMs carry the commit's time
(SOURCE_DATE_EPOCH) and no random serial number, and the checkout's path is written as
/httpcodes.
"""

import json
import os
import sys
from datetime import datetime, timezone
from pathlib import Path

# The crate whose SBOM describes an artifact, by the start of the artifact's name.
CRATE_BY_PREFIX = {
    "httpcodes_py-": "py",
    "libhttpcodes-": "ffi-c",
    "httpcodes-core-": "core",
    "httpcodes-cli-": "cli",
}


def source_of(name: str) -> str | None:
    """Which SBOM describes the artifact `name`, or None for a file that is no artifact."""
    for prefix, crate in CRATE_BY_PREFIX.items():
        if name.startswith(prefix):
            return crate
    if name.endswith(".tgz"):
        # The platform packages hold the addon; the main package holds the JavaScript.
        platform = name.removeprefix("httpcodes-").split("-")[0]
        return "npm" if platform[0].isdigit() else "node"
    return None


def normalized(sbom: dict[str, object], repo: str) -> str:
    sbom.pop("serialNumber", None)
    metadata = sbom.setdefault("metadata", {})
    assert isinstance(metadata, dict)
    epoch = int(os.environ["SOURCE_DATE_EPOCH"])
    metadata["timestamp"] = datetime.fromtimestamp(epoch, timezone.utc).strftime(
        "%Y-%m-%dT%H:%M:%SZ"
    )
    text = json.dumps(sbom, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    return text.replace(repo, "/httpcodes")


def main(out: Path, sboms: Path, repo: str) -> int:
    (out / "sbom").mkdir(exist_ok=True)
    written = 0
    for artifact in sorted(out.iterdir()):
        source = source_of(artifact.name) if artifact.is_file() else None
        if source is None:
            continue
        sbom = json.loads((sboms / f"{source}.json").read_text(encoding="utf-8"))
        target = out / "sbom" / f"{artifact.name}.cdx.json"
        target.write_text(normalized(sbom, repo), encoding="utf-8")
        written += 1
    print(f"sbom: {written} CycloneDX SBOMs in {out / 'sbom'}", file=sys.stderr)
    return 0 if written else 1
