"""Writes each door's seed corpus (fuzz/corpus/) from the shared vectors (tests/vectors).

    python3 fuzz/seed.py           rewrite fuzz/corpus/ from the vectors
    python3 fuzz/seed.py --check   fail if fuzz/corpus/ differs from what the vectors give

Every input of the vectors becomes one file per target, named by its SHA-1 as libFuzzer names
the units it finds. The formats (fuzz/README.md):
- text (core/reverse_lookup, core/from_str, c): the bytes of one phrase, name or decimal code;
- core/forward: the code as a little-endian i64;
- core/check_head: a response head as `httpcodes check` reads it;
- python: one kind byte (which Python value the harness makes, fuzz/python/checks.py) and the
  text it is made from.
"""

import hashlib
import sys
from pathlib import Path

FUZZ = Path(__file__).resolve().parent
sys.path.insert(0, str(FUZZ.parent / "tests" / "python"))

import vectors  # noqa: E402 - the shared reader of tests/vectors, found through the path above

# The Python harness's kinds that a seed starts from (fuzz/python/checks.py: KINDS).
PYTHON_STR = 0
PYTHON_INT = 3


def texts() -> list[str]:
    """Every phrase, name and decimal code the vectors hold, in file order, without repeats."""
    found = [lookup.text for lookup in vectors.reverse()]
    found += [lookup.text for lookup in vectors.names()]
    found += [str(row.code) for row in vectors.forward()]
    found += [f"{status.code} {status.phrase}" for status in vectors.statuses()[::8]]
    return list(dict.fromkeys(found))


def heads() -> list[bytes]:
    """A response head per code of the header-field vectors, first without its fields, then with
    them in upper case, then as curl prints HTTP/2 with content after it."""
    rows = (FUZZ.parent / "tests/vectors/header_fields.tsv").read_text().splitlines()[1:]
    fields: dict[str, list[str]] = {}
    for row in rows:
        code, field = row.split("\t")[:2]
        fields.setdefault(code, []).append(field)
    found = []
    for code, names in fields.items():
        found.append(f"HTTP/1.1 {code} X\r\nDate: x\r\n\r\n".encode())
        lines = "".join(f"{name.upper()}: v\r\n" for name in names)
        found.append(f"HTTP/1.1 {code} X\r\n{lines}\r\n".encode())
        found.append(f"HTTP/2 {code} \nserver: x\n\nbody".encode())
    return found


def corpus() -> dict[str, list[bytes]]:
    """Each target's seeds."""
    text_seeds = [text.encode("utf-8") for text in texts()]
    codes = [row.code for row in vectors.forward()] + [s.code for s in vectors.statuses()[::4]]
    python = [bytes([PYTHON_STR]) + seed for seed in text_seeds]
    python += [bytes([PYTHON_INT]) + str(code).encode() for code in (*codes, 10**30, -(10**30))]
    return {
        "core/reverse_lookup": text_seeds,
        "core/from_str": text_seeds,
        "core/forward": [code.to_bytes(8, "little", signed=True) for code in codes],
        "core/check_head": heads(),
        "c": text_seeds,
        "python": python,
    }


def main() -> int:
    check = sys.argv[1:] == ["--check"]
    stale = []
    for target, seeds in corpus().items():
        folder = FUZZ / "corpus" / target
        wanted = {hashlib.sha1(seed).hexdigest(): seed for seed in seeds}
        present = {path.name for path in folder.glob("*")} if folder.exists() else set()
        if check:
            if present != set(wanted) or any(
                (folder / name).read_bytes() != seed for name, seed in wanted.items()
            ):
                stale.append(target)
            continue
        folder.mkdir(parents=True, exist_ok=True)
        for name in present - set(wanted):
            (folder / name).unlink()
        for name, seed in wanted.items():
            (folder / name).write_bytes(seed)
        print(f"fuzz/corpus/{target}: {len(wanted)} seeds")
    if stale:
        print(f"stale seeds in {', '.join(stale)}: run python3 fuzz/seed.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
