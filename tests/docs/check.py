"""Runs the examples of the pages in docs/ and compares what they print with what the page says.

    check.py c PAGE COMMAND            compile each ```c block with the shell COMMAND, in which
                                       $SRC and $OUT stand for the source and the binary, run it,
                                       and compare its stdout with the ```text block after it
    check.py python PAGE               run the ```pycon blocks as one doctest session (with the
                                       interpreter running this script, which has httpcodes)
    check.py node PAGE DIR             write each ```js block into DIR (whose node_modules holds
                                       httpcodes) as an ES module, run it with node, compare
    check.py cli PAGE BINDIR           run each `$ ` line of each ```console block with bash, BINDIR
                                       first on PATH, and compare stdout and stderr (merged) with
                                       the lines under it

Prints one line per example and `docs: N passed, M failed`; exits 1 if any failed.
"""

from __future__ import annotations

import doctest
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

FENCE = re.compile(r"^```(\w*)\n(.*?)^```\n", re.S | re.M)


def blocks(page: Path) -> list[tuple[str, str, int]]:
    """(language, body, line number) of every fenced block of PAGE."""
    text = page.read_text(encoding="utf-8")
    return [
        (m.group(1), m.group(2), text.count("\n", 0, m.start()) + 1) for m in FENCE.finditer(text)
    ]


class Report:
    def __init__(self, page: Path) -> None:
        self.page = page
        self.passed = 0
        self.failed = 0

    def result(self, line: int, ok: bool, detail: str = "") -> None:
        where = f"{self.page}:{line}"
        if ok:
            self.passed += 1
            print(f"ok    {where}")
        else:
            self.failed += 1
            print(f"FAIL  {where}\n{detail}")

    def finish(self) -> int:
        if self.passed + self.failed == 0:
            print(f"FAIL  {self.page}: no example found")
            self.failed += 1
        print(f"docs: {self.passed} passed, {self.failed} failed")
        return 1 if self.failed else 0


def diff(expected: str, got: str) -> str:
    return f"--- expected\n{expected}--- got\n{got}"


def with_output(page: Path, language: str) -> list[tuple[str, str, int]]:
    """Each block of LANGUAGE with the ```text block right after it (its expected stdout)."""
    found = blocks(page)
    pairs = []
    for i, (lang, body, line) in enumerate(found):
        if lang == language:
            follows = found[i + 1] if i + 1 < len(found) else None
            if follows is None or follows[0] != "text":
                sys.exit(f"{page}:{line}: a ```{language} block needs a ```text block after it")
            pairs.append((body, follows[1], line))
    return pairs


def check_c(page: Path, command: str) -> int:
    report = Report(page)
    with tempfile.TemporaryDirectory(prefix="httpcodes-docs-c-") as folder:
        for n, (source, expected, line) in enumerate(with_output(page, "c")):
            path = Path(folder) / f"example{n}.c"
            path.write_text(source, encoding="utf-8")
            binary = Path(folder) / f"example{n}"
            env = dict(os.environ, SRC=str(path), OUT=str(binary))
            build = subprocess.run(
                ["sh", "-c", command], capture_output=True, text=True, env=env, check=False
            )
            if build.returncode != 0:
                report.result(line, False, build.stdout + build.stderr)
                continue
            run = subprocess.run([str(binary)], capture_output=True, text=True, check=False)
            report.result(
                line,
                run.returncode == 0 and run.stdout == expected,
                diff(expected, run.stdout + run.stderr),
            )
    return report.finish()


def check_python(page: Path) -> int:
    report = Report(page)
    parser = doctest.DocTestParser()
    session: dict[str, object] = {}  # one interpreter session per page, as a reader would type it
    for lang, body, line in blocks(page):
        if lang != "pycon":
            continue
        test = parser.get_doctest(body, session, f"{page}:{line}", str(page), line)
        out: list[str] = []
        runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
        result = runner.run(test, out=out.append, clear_globs=False)
        session.update(test.globs)  # DocTest ran on a copy
        report.result(line, result.failed == 0 and result.attempted > 0, "".join(out))
    return report.finish()


def check_node(page: Path, folder: Path) -> int:
    report = Report(page)
    for n, (source, expected, line) in enumerate(with_output(page, "js")):
        path = folder / f"example{n}.mjs"
        path.write_text(source, encoding="utf-8")
        run = subprocess.run(["node", str(path)], capture_output=True, text=True, check=False)
        report.result(
            line,
            run.returncode == 0 and run.stdout == expected,
            diff(expected, run.stdout + run.stderr),
        )
    return report.finish()


def check_cli(page: Path, bindir: Path) -> int:
    report = Report(page)
    env = dict(os.environ, PATH=f"{bindir}{os.pathsep}{os.environ['PATH']}", LC_ALL="C.UTF-8")
    scratch = tempfile.TemporaryDirectory(prefix="httpcodes-docs-cli-")
    for lang, body, line in blocks(page):
        if lang != "console":
            continue
        commands: list[tuple[str, list[str], int]] = []
        for offset, text in enumerate(body.splitlines()):
            if text.startswith("$ "):
                commands.append((text[2:], [], line + 1 + offset))
            elif commands:
                commands[-1][1].append(text)
            else:
                sys.exit(f"{page}:{line}: a console block starts with `$ `")
        for command, lines, at in commands:
            expected = "".join(f"{text}\n" for text in lines)
            run = subprocess.run(
                ["bash", "-c", command],
                check=False,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                env=env,
                cwd=scratch.name,
            )
            got = run.stdout.decode("utf-8", errors="replace")
            report.result(at, got == expected, f"$ {command}\n" + diff(expected, got))
    scratch.cleanup()
    return report.finish()


def main() -> int:
    kind, page = sys.argv[1], Path(sys.argv[2])
    if kind == "c":
        return check_c(page, sys.argv[3])
    if kind == "python":
        return check_python(page)
    if kind == "node":
        return check_node(page, Path(sys.argv[3]).resolve())
    if kind == "cli":
        return check_cli(page, Path(sys.argv[3]).resolve())
    sys.exit(__doc__)


if __name__ == "__main__":
    sys.exit(main())
