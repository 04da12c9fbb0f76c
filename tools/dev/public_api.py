"""Core's public API as `cargo doc` shows it, one line per item: core/public-api.txt, which
`make generate` writes (tools/dev/generate.py) and `make lint` checks.

The documentation read is the `target/doc/httpcodes` that `cargo doc -p httpcodes-core --features
http,serde` writes. The listing pins what a Rust user sees: every item of the crate and every
variant, method, associated constant and trait of its types; the doors' hidden module is not in
it."""

import re
from pathlib import Path

LISTING = "core/public-api.txt"
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


def listing(doc: Path) -> str:
    """The listing's text: one item a line."""
    return "\n".join(items(doc)) + "\n"


def differences(pinned: str, current: str) -> list[str]:
    """What `current` gains and loses against `pinned`, a line each."""
    old, new = set(pinned.splitlines()), set(current.splitlines())
    gained = [f"public API gained: {line}" for line in sorted(new - old)]
    return gained + [f"public API lost: {line}" for line in sorted(old - new)]
