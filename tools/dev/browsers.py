"""`tools/dev browser chromium|firefox`: the path of the headless browser this machine has, for
the tests that open a page in one (tests/runtimes, tests/node/browser.test.mjs,
cli/tests/html_check.py). Debian's packages `chromium` and `firefox-esr` here, installed where
apt-get can; on GitHub's ubuntu-latest, whose Ubuntu ships both browsers only as snaps, the
Google Chrome and Firefox that the runner image has preinstalled (as `google-chrome` and
`firefox` on PATH). It prints nothing and exits 1, naming what it looked for, when there is none:
each test then fails under HTTPCODES_SKIP_NOTHING (CI) and says what it skipped elsewhere."""

import shutil
import sys

import machine
import packages

# Each kind: the Debian package that provides it, and the commands that may run it, in order.
BROWSERS: dict[str, tuple[str, tuple[str, ...]]] = {
    "chromium": ("chromium", ("chromium", "google-chrome-stable", "google-chrome")),
    "firefox": ("firefox-esr", ("firefox-esr", "firefox")),
}


def find(kind: str) -> str | None:
    """The path of the first command of KIND on PATH, or None."""
    _, commands = BROWSERS[kind]
    return next((path for path in map(shutil.which, commands) if path), None)


def main(kind: str) -> int:
    package, commands = BROWSERS[kind]
    found = find(kind)
    if found is None and shutil.which("apt-get") and packages.local_names([package]):
        machine.need(package)
        found = find(kind)
    if found is None:
        print(
            f"no {kind} here: looked for {', '.join(commands)} on PATH "
            f"(on Debian: apt-get install {package})",
            file=sys.stderr,
        )
        return 1
    print(found)
    return 0
