"""Fails when a page cites a test that does not exist.

    python3 tests/docs/cited_tests.py docs/hostile-input.md

A citation is `path::name` in backticks: a Rust `fn name`, a C function `name(`, a Python
`def name` or a JavaScript `test('name'` (in a template literal, `${…}` matches any text).
Prints `N passed, M failed`.
"""

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CITATION = re.compile(r"`([\w./-]+\.(?:rs|c|py|mjs))::([^`]+)`")
TEST_NAME = re.compile(r"\b(?:test|it|describe)\(\s*(['\"`])(.*?)\1", re.DOTALL)


def defines(source: str, suffix: str, name: str) -> bool:
    """Whether `source`, a file of that suffix, defines the test or function `name`."""
    if suffix == ".mjs":
        # Each test's name as written; in a template literal, `${…}` stands for any text.
        for quote, written in TEST_NAME.findall(source):
            parts = re.split(r"\$\{[^}]*\}", written) if quote == "`" else [written]
            if re.fullmatch(".+".join(map(re.escape, parts)), name):
                return True
        return False
    pattern = {
        ".rs": rf"\bfn {re.escape(name)}\b",
        ".py": rf"\bdef {re.escape(name)}\(",
        ".c": rf"^[\w ]*\b{re.escape(name)}\([^;]*$",
    }[suffix]
    return re.search(pattern, source, re.MULTILINE) is not None


def main(page: Path) -> int:
    passed = failed = 0
    for path, name in sorted(set(CITATION.findall(page.read_text()))):
        file = ROOT / path
        if file.is_file() and defines(file.read_text(), file.suffix, name):
            passed += 1
        else:
            failed += 1
            print(f"{page.name} cites {path}::{name}, which does not exist", file=sys.stderr)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
