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

import targets
from repo import version


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
    # The SBOM of what each artifact is built from, as the target table names it.
    sources = {artifact.name: artifact.sbom for artifact in targets.described(version())}
    for artifact in sorted(out.iterdir()):
        source = sources.get(artifact.name) if artifact.is_file() else None
        if source is None:
            continue
        sbom = json.loads((sboms / f"{source}.json").read_text(encoding="utf-8"))
        target = out / "sbom" / f"{artifact.name}.cdx.json"
        target.write_text(normalized(sbom, repo), encoding="utf-8")
        written += 1
    print(f"sbom: {written} CycloneDX SBOMs in {out / 'sbom'}", file=sys.stderr)
    return 0 if written else 1
