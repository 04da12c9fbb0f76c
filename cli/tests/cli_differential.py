"""The CLI half of the cross-language differential test.

    python3 cli_differential.py HTTPCODES INTS PHRASES OUT

HTTPCODES is the built `httpcodes` binary. INTS holds one decimal integer per line (any size);
PHRASES one input per line as lowercase hex of its bytes (maybe not UTF-8). OUT gets, in input
order, for each int `phrase<TAB>name<TAB>class label<TAB>flags<TAB>registered phrase<TAB>
reference<TAB>description<TAB>header fields` and for each phrase `code<TAB>code of it as a NAME`,
with `-` for unknown (see tests/differential/compare.py). Every answer is read from
`httpcodes --json --as KIND -- QUERY...`, run on batches of queries as a user would; a phrase
holding a NUL byte cannot be a command-line argument and is answered `SKIP`.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

UNKNOWN = "-"
BATCH = 4000
CLASSES = ["Informational", "Success", "Redirection", "Client Error", "Server Error"]


def ask(binary: str, kind: str, queries: list[bytes]) -> list[Any]:
    """The JSON answer to each query, in order (an object, or None when not found)."""
    answers: list[Any] = []
    for start in range(0, len(queries), BATCH):
        batch = queries[start : start + BATCH]
        run = subprocess.run(
            [binary.encode(), b"--json", b"--as", kind.encode(), b"--", *batch],
            capture_output=True,
            check=False,
        )
        if run.returncode not in (0, 1):
            sys.exit(f"httpcodes exited {run.returncode}: {run.stderr.decode(errors='replace')}")
        parsed = json.loads(run.stdout)
        # One query answers with one value; several with an array of one value each.
        got = [parsed] if len(batch) == 1 else parsed
        if len(got) != len(batch):
            sys.exit(f"httpcodes gave {len(got)} answers for {len(batch)} queries")
        answers.extend(got)
    return answers


def int_line(answer: dict[str, Any] | None) -> str:
    answer = answer or {}
    label = answer.get("class")
    flags = answer.get("flags", [])
    bits = [label == name for name in CLASSES]
    bits.append(label in ("Client Error", "Server Error"))
    listed = ("is_redirect", "is_empty_body", "is_retry", "is_cacheable_by_default")
    bits.extend(flag in flags for flag in listed)
    return "\t".join(
        [
            answer.get("phrase") or UNKNOWN,
            answer.get("name") or UNKNOWN,
            label or UNKNOWN,
            "".join("1" if bit else "0" for bit in bits),
            answer.get("registered_phrase") or UNKNOWN,
            answer.get("reference") or UNKNOWN,
            answer.get("description") or UNKNOWN,
            "; ".join(map(shown, answer.get("header_fields", []))) or UNKNOWN,
        ]
    )


def shown(field: dict[str, Any]) -> str:
    """A header field as every door shows it: `Allow (MUST, RFC 9110, Section 15.5.6)`."""
    condition = f" {field['condition']}" if field["condition"] else ""
    return f"{field['name']} ({field['level']}{condition}, {field['section']})"


def code(answer: dict[str, Any] | None) -> str:
    return UNKNOWN if answer is None else str(answer["code"])


def main() -> None:
    binary, ints_path, phrases_path, out = sys.argv[1:5]
    ints = Path(ints_path).read_text().splitlines()
    phrases = [bytes.fromhex(line) for line in Path(phrases_path).read_text().splitlines()]
    lines = [int_line(answer) for answer in ask(binary, "code", [n.encode() for n in ints])]
    arguable = [p for p in phrases if b"\0" not in p]
    by_phrase = iter(ask(binary, "phrase", arguable))
    by_name = iter(ask(binary, "name", arguable))
    for phrase in phrases:
        if b"\0" in phrase:
            lines.append("SKIP")
        else:
            lines.append(f"{code(next(by_phrase))}\t{code(next(by_name))}")
    Path(out).write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")


if __name__ == "__main__":
    main()
