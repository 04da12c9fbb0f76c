"""Prints a `SIZE` row (bench/report.py) for each artifact whose size is a goal, as `make dist`
built it for every platform: each abi3 wheel, at most 200 KiB, and each npm platform package's
addon, at most 400 KB. The figures are those of the files a release ships, not of a local build.

    python3 bench/sizes.py DIST
"""

import sys
import tarfile
from pathlib import Path

WHEEL_LIMIT = 200 * 1024
ADDON_LIMIT = 400 * 1024


def rows(dist: Path) -> list[str]:
    found = []
    for wheel in sorted(dist.glob("httpcodes_py-*-abi3-*.whl")):
        found.append(f"SIZE\t{wheel.name}\t{wheel.stat().st_size}\t{WHEEL_LIMIT}")
    # A platform package holds one addon; the main package (httpcodes-VERSION.tgz) holds none.
    for package in sorted(dist.glob("httpcodes-*.tgz")):
        with tarfile.open(package) as packed:
            for member in packed.getmembers():
                if member.name.endswith(".node"):
                    name = f"{package.name}: {Path(member.name).name}"
                    found.append(f"SIZE\t{name}\t{member.size}\t{ADDON_LIMIT}")
    return found


def main(dist: Path) -> int:
    if not (dist / "SHA256SUMS").is_file():
        sys.exit(f"{dist} holds no release (no SHA256SUMS): run `make dist` first")
    found = rows(dist)
    if not found:
        sys.exit(f"{dist} holds no abi3 wheel and no addon")
    print("\n".join(found))
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1])))
