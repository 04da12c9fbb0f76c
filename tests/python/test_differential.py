"""The differential dumper writes what the vectors say, in the format the other doors share."""

import subprocess
import sys
from pathlib import Path

import backend
import vectors

# Each test runs the dumper in a process of its own, as `make test-differential` does.
pytestmark = backend.needs_processes

DUMPER = Path(__file__).with_name("differential.py")
STATUS_BY_CODE = vectors.status_by_code()
FACTS_BY_CODE = {row.code: row for row in vectors.facts()}
CLASS_ORDER = [c.label for c in vectors.classes()]  # 1xx .. 5xx
# The listed flags, in core's order after the six by range (spec/API.md).
FLAG_ORDER = ["is_redirect", "is_empty_body", "is_retry", "is_cacheable_by_default"]
FIELDS = vectors.header_fields()


def fields_text(code: int) -> str:
    """The code's header fields as the dumper writes them: each in spec/API.md's form, joined
    by `; `, or `-` for none."""
    shown = [
        f"{f.name} ({f.level if f.condition is None else f'{f.level} {f.condition}'}, {f.section})"
        for f in FIELDS
        if f.code == code
    ]
    return "; ".join(shown) or "-"


def expected_int_line(code: int) -> str:
    status = STATUS_BY_CODE.get(code)
    status_class = vectors.class_of_code(code)
    label = None if status_class is None else status_class.label
    in_class = [label == other for other in CLASS_ORDER]
    is_error = label in ("Client Error", "Server Error")
    flags = [status is not None and flag in status.flags for flag in FLAG_ORDER]
    facts = FACTS_BY_CODE.get(code)
    return "\t".join(
        [
            "-" if status is None else status.phrase,
            "-" if status is None else status.name,
            label or "-",
            "".join("1" if f else "0" for f in [*in_class, is_error, *flags]),
            "-" if facts is None else facts.registered_phrase or "-",
            "-" if facts is None else facts.reference or "-",
            "-" if facts is None else facts.description,
            fields_text(code),
        ]
    )


def run_dumper(tmp_path: Path, ints: list[int], phrases: list[bytes]) -> list[str]:
    ints_file, phrases_file, out = tmp_path / "ints", tmp_path / "phrases", tmp_path / "out"
    ints_file.write_text("".join(f"{i}\n" for i in ints), encoding="ascii")
    phrases_file.write_text("".join(f"{p.hex()}\n" for p in phrases), encoding="ascii")
    subprocess.run(
        [sys.executable, str(DUMPER), str(ints_file), str(phrases_file), str(out)], check=True
    )
    return out.read_text(encoding="utf-8").splitlines()


def test_ints_follow_the_vectors(tmp_path: Path) -> None:
    ints = [row.code for row in vectors.forward()]
    ints += [s.code for s in vectors.statuses()]
    ints += [-9223372036854775809, 18446744073709551616, 10**30]
    lines = run_dumper(tmp_path, ints, [])
    assert lines == [expected_int_line(code) for code in ints]


def phrase_code(text: str) -> "int | None":
    """The contract's code of ASCII text: spec phrases and aliases, any case, trimmed."""
    assert text.isascii()
    known = {s.phrase.lower(): s.code for s in vectors.statuses()}
    known.update((alias.lower(), code) for alias, code in vectors.aliases())
    return known.get(text.strip(" \t\n\r\f").lower())


def test_phrases_follow_the_vectors(tmp_path: Path) -> None:
    reverse = vectors.reverse()
    names = vectors.names()
    not_utf8 = [b"\xff", b"Not Found\xc3", b"\xed\xa0\x80", b"N\x00ot Found"]
    phrases = [r.text.encode() for r in reverse] + [n.text.encode() for n in names] + not_utf8
    lines = run_dumper(tmp_path, [], phrases)

    def field(code: "int | None") -> str:
        return "-" if code is None else str(code)

    name_codes = {n.text: n.expected for n in names}
    expected = [f"{field(r.expected)}\t{field(name_codes.get(r.text))}" for r in reverse]
    expected += [f"{field(phrase_code(n.text))}\t{field(n.expected)}" for n in names]
    expected += ["-\t-"] * len(not_utf8)
    assert lines == expected
