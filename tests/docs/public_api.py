"""Core's public API as `cargo doc` shows it, one line per item, against core/public-api.txt.

    python3 tests/docs/public_api.py DOC_DIR          # fail naming each difference
    python3 tests/docs/public_api.py DOC_DIR --bless  # rewrite the listing

DOC_DIR is the `target/doc/httpcodes` that `cargo doc -p httpcodes-core --features http,serde`
writes. The listing pins what a Rust user sees: every item of the crate and every variant,
method, associated constant and trait of its types; the doors' hidden module is not in it.
"""

import re
import sys
from pathlib import Path

LISTING = Path(__file__).resolve().parents[2] / "core" / "public-api.txt"
KINDS = {"struct": "struct", "enum": "enum", "fn": "fn", "constant": "const", "trait": "trait"}
MEMBER = re.compile(r'id="(variant|method|associatedconstant|tymethod)\.([A-Za-z0-9_]+)"')
TRAIT_IMPL = re.compile(r'id="impl-([A-Za-z0-9_]+)(?:%3C[^"]*)?-for-([A-Za-z0-9_]+)"')


def items(doc: Path) -> list[str]:
    """Every public item under `doc`, as `kind path` lines, sorted."""
    found = set()
    for page in doc.rglob("*.html"):
        kind, _, name = page.stem.partition(".")
        if kind not in KINDS:
            continue
        html = page.read_text(encoding="utf-8")
        if 'http-equiv="refresh"' in html:
            continue  # a private module's page that only points at the re-export
        module = page.parent.relative_to(doc).parts
        path = "::".join(["httpcodes", *module, name])
        found.add(f"{KINDS[kind]} {path}")
        if kind in ("struct", "enum"):
            # Inherent members come before the trait implementations; the traits a type
            # implements itself come before the automatic and blanket ones.
            own, _, traits = html.partition('id="trait-implementations"')
            traits = re.split(r'id="(?:synthetic|blanket)-implementations"', traits)[0]
            for member_kind, member in MEMBER.findall(own):
                found.add(f"{member_kind} {path}::{member}")
            for trait, _ in TRAIT_IMPL.findall(traits):
                found.add(f"impl {trait} for {path}")
    return sorted(found)


def main(doc: Path, bless: bool) -> int:
    listed = items(doc)
    if bless:
        LISTING.write_text("\n".join(listed) + "\n", encoding="utf-8")
        print(f"wrote {LISTING.name}: {len(listed)} items")
        return 0
    pinned = LISTING.read_text(encoding="utf-8").splitlines()
    added = sorted(set(listed) - set(pinned))
    removed = sorted(set(pinned) - set(listed))
    for line in added:
        print(f"public API gained: {line}", file=sys.stderr)
    for line in removed:
        print(f"public API lost: {line}", file=sys.stderr)
    if added or removed:
        advice = "if that is meant, run `make generate` and commit core/public-api.txt"
        print(advice, file=sys.stderr)
        return 1
    print(f"public API: {len(listed)} items, as core/public-api.txt pins them")
    return 0


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3) or sys.argv[2:] not in ([], ["--bless"]):
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1]), sys.argv[2:] == ["--bless"]))
