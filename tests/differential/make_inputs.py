"""Writes the inputs every door answers in the differential test.

Usage: make_inputs.py VECTORS_DIR OUT_DIR

OUT_DIR/ints.txt holds one decimal integer per line; OUT_DIR/phrases.txt one input per line as hex
of its bytes (not always valid UTF-8). The inputs come from the shared vectors plus deterministic
mutations of them, so a run is reproducible and every door sees exactly the same cases.
"""

import random
import re
import sys
from pathlib import Path

ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|t|n|r|\\)")
SIMPLE = {"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}


def unescape(field: str) -> str:
    return ESCAPE.sub(
        lambda m: SIMPLE.get(m.group(1)) or chr(int(m.group(1)[1:], 16)), field
    )


def column(vectors: Path, name: str, index: int) -> list[str]:
    lines = (vectors / name).read_text(encoding="utf-8").splitlines()[1:]
    return [unescape(line.split("\t")[index]) for line in lines]


def integers(vectors: Path) -> list[int]:
    edges = {0, -1, 2**15, 2**16, 2**31, 2**32, 2**53, 2**63, 2**64}
    wraps = {base + sign * offset for base in edges for sign in (1, -1) for offset in (0, 1, 404)}
    from_vectors = {int(code) for code in column(vectors, "forward.tsv", 0)}
    return list(range(-1000, 70001)) + sorted(wraps | from_vectors)


def mutations(text: bytes, rng: random.Random) -> list[bytes]:
    """Case flips, padding, one byte changed, one byte dropped."""
    out = [text.swapcase(), text.lower(), text.upper(), b" " + text + b"\t", b"\r\n" + text]
    if text:
        at = rng.randrange(len(text))
        out.append(text[:at] + bytes([rng.randrange(256)]) + text[at + 1 :])
        out.append(text[:at] + text[at + 1 :])
        flips = bytes(b ^ 0x20 if rng.random() < 0.5 and chr(b).isalpha() else b for b in text)
        out.append(flips)
    return out


def phrases(vectors: Path) -> list[bytes]:
    texts = (
        column(vectors, "statuses.tsv", 1)
        + column(vectors, "statuses.tsv", 2)
        + column(vectors, "aliases.tsv", 0)
        + column(vectors, "alias_names.tsv", 0)
        + column(vectors, "reverse.tsv", 0)
        + column(vectors, "names.tsv", 0)
    )
    rng = random.Random(404)
    seeds = [text.encode("utf-8") for text in texts]
    inputs = list(seeds)
    for seed in seeds:
        for _ in range(4):
            inputs.extend(mutations(seed, rng))
    return inputs


def main() -> None:
    vectors, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    (out / "ints.txt").write_text("".join(f"{n}\n" for n in integers(vectors)))
    (out / "phrases.txt").write_text("".join(f"{p.hex()}\n" for p in phrases(vectors)))


if __name__ == "__main__":
    main()
