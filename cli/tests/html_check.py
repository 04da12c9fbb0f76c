"""Checks the HTML reference page as a reader's browser would see it.

    html_check.py PAGE.html

1. A strict HTML5 parser (html5lib, strict=True: the first parse error fails) and a strict XML
   parser (the page is also well-formed XML) accept it.
2. It is self-contained: no scripts, no external stylesheets, images, fonts or links off the page.
3. Debian's headless Chromium opens it: with no class in the URL every listed code shows; with
   `#only-4xx` (what the class filter's link sets) only that class's codes show, for each class;
   clicking the filter's links does the same; every code has its own anchor; the dark
   colour scheme applies under prefers-color-scheme: dark.
Exits non-zero with a message on the first failure; prints `N passed, 0 failed` at the end.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import html5lib  # type: ignore[import-untyped]

CLASSES = ["1xx", "2xx", "3xx", "4xx", "5xx"]
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--mute-audio",
]

# Appended to a copy of the page: records what the reader would see into the DOM that
# `--dump-dom` prints. The page itself has no script.
PROBE = """
<script>
window.addEventListener('load', () => setTimeout(() => {
  const shown = () => [...document.querySelectorAll('main tbody tr')]
    .filter((row) => row.getClientRects().length > 0).map((row) => row.id);
  const result = { hash: location.hash, initial: shown(), clicks: {} };
  if (location.hash === '#click') {
    for (const choice of ['only-1xx', 'only-2xx', 'only-3xx', 'only-4xx', 'only-5xx', 'all']) {
      document.querySelector('nav a[href="#' + choice + '"]').click();
      result.clicks[choice] = { hash: location.hash, shown: shown() };
    }
  }
  result.dark = matchMedia('(prefers-color-scheme: dark)').matches;
  result.background = getComputedStyle(document.body).backgroundColor;
  result.color = getComputedStyle(document.body).color;
  const out = document.createElement('pre');
  out.id = 'probe';
  out.textContent = JSON.stringify(result);
  document.body.appendChild(out);
}, 0));
</script>
"""

COUNT = {"passed": 0}


def require(condition: bool, message: str) -> None:
    """Fails the run unless `condition`; a part of one check."""
    if not condition:
        print(f"FAIL: {message}", file=sys.stderr)
        print(f"html: {COUNT['passed']} passed, 1 failed")
        sys.exit(1)


def check(condition: bool, message: str) -> None:
    """One check: fails the run unless `condition`, else counts as passed."""
    require(condition, message)
    COUNT["passed"] += 1


def parse_strictly(page: bytes) -> None:
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    try:
        parser.parse(page)
    except html5lib.html5parser.ParseError as error:
        check(False, f"html5lib (strict) rejects the page: {error}")
    check(True, "html5lib strict parse")
    # The parser is strict indeed: a page with one misnested tag fails.
    try:
        parser.parse(b"<!DOCTYPE html><title>x</title><p><b>x</p></b>")
        check(False, "html5lib strict mode accepted a misnested page")
    except html5lib.html5parser.ParseError:
        check(True, "html5lib strict mode rejects errors")
    try:
        ET.fromstring(page)
    except ET.ParseError as error:
        check(False, f"the page is not well-formed XML: {error}")
    check(True, "well-formed XML")


# The listed codes, in order, from the shared vectors (transcribed from the spec).
STATUSES = Path(__file__).resolve().parents[2] / "tests" / "vectors" / "statuses.tsv"
LISTED = [line.split("\t", 1)[0] for line in STATUSES.read_text().splitlines()[1:] if line]


def self_contained(page: str) -> None:
    tree = ET.fromstring(page)
    for element in tree.iter():
        tag = element.tag
        require(tag not in ("script", "link", "img", "iframe", "object", "embed"), f"<{tag}>")
        for attribute in ("src", "srcset", "data"):
            require(attribute not in element.attrib, f"<{tag} {attribute}=…>")
        href = element.attrib.get("href")
        if href is not None:
            require(href.startswith("#"), f"a link off the page: {href}")
    check(True, "no script, no external asset, every link on the page")
    check(not re.search(r"url\(|@import|https?:", page), "no url(), @import or http(s): in CSS")
    ids = [element.attrib["id"] for element in tree.iter() if "id" in element.attrib]
    check(len(ids) == len(set(ids)), "ids are unique")
    codes = [element.attrib["id"] for element in tree.iter("tr") if "id" in element.attrib]
    check(codes == LISTED, "an anchor for every listed code, in order")
    for code in codes:
        require(f'href="#{code}"' in page, f"the code {code} links to its own anchor")


def chromium() -> str | None:
    """Headless Chromium or Chrome, as `tools/dev browser chromium` finds it (Debian's package,
    installed where apt-get can; Google Chrome on GitHub's ubuntu-latest); None where there is
    none (a Mac or Windows contributor's machine), unless the run must have it."""
    tools_dev = Path(__file__).resolve().parents[2] / "tools/dev"
    found = subprocess.run(
        ["python3", str(tools_dev), "browser", "chromium"],
        capture_output=True,
        text=True,
        check=False,
    )
    require(
        found.returncode == 0 or not os.environ.get("HTTPCODES_SKIP_NOTHING"),
        f"headless Chromium: {found.stderr.strip()}",
    )
    # The last line: apt-get, where tools/dev installs the browser, prints before it.
    return found.stdout.strip().splitlines()[-1] if found.returncode == 0 else None


def open_in_browser(browser: str, page: Path, fragment: str, extra: list[str]) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="httpcodes-chromium-") as profile:
        url = page.resolve().as_uri() + fragment
        run = subprocess.run(
            [
                browser,
                *CHROMIUM_FLAGS,
                *extra,
                f"--user-data-dir={profile}",
                "--virtual-time-budget=5000",
                "--dump-dom",
                url,
            ],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    found = re.search(r'<pre id="probe">(.*?)</pre>', run.stdout, re.S)
    if found is None:
        check(False, f"Chromium ran the page {fragment!r}: {run.stderr[-2000:]}")
        return {}
    check(True, f"Chromium ran the page {fragment!r}")
    text = found.group(1).replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">")
    probe: dict[str, Any] = json.loads(text.replace("&amp;", "&"))
    return probe


def in_browser(page_text: str) -> None:
    browser = chromium()
    if browser is None:
        print("==> skipped: no headless Chromium here, so the page was not opened in a browser")
        return
    with tempfile.TemporaryDirectory(prefix="httpcodes-html-") as folder:
        page = Path(folder) / "httpcodes.html"
        page.write_text(page_text.replace("</body>", PROBE + "</body>"), encoding="utf-8")
        everything = open_in_browser(browser, page, "", [])
        check(everything["initial"] == LISTED, f"every listed code shows: {everything['initial']}")
        for range_ in CLASSES:
            seen = open_in_browser(browser, page, f"#only-{range_}", [])["initial"]
            wanted = [code for code in everything["initial"] if code[0] == range_[0]]
            require(bool(wanted), f"{range_} has codes")
            check(seen == wanted, f"#only-{range_} shows exactly the {range_} codes: {seen}")
        clicked = open_in_browser(browser, page, "#click", [])["clicks"]
        for range_ in CLASSES:
            seen = clicked[f"only-{range_}"]["shown"]
            wanted = [code for code in everything["initial"] if code[0] == range_[0]]
            check(seen == wanted, f"clicking {range_} shows exactly its codes: {seen}")
        check(clicked["all"]["shown"] == LISTED, "clicking All shows every code again")
        row = open_in_browser(browser, page, "#418", [])["initial"]
        check(row == LISTED, "a code's anchor shows the whole page")
        light = open_in_browser(browser, page, "", ["--blink-settings=preferredColorScheme=1"])
        dark = open_in_browser(browser, page, "", ["--blink-settings=preferredColorScheme=0"])
        check(not light["dark"] and dark["dark"], f"prefers-color-scheme follows: {light} {dark}")
        check(
            light["background"] == "rgb(255, 255, 255)", f"light background: {light['background']}"
        )
        check(dark["background"] == "rgb(13, 17, 23)", f"dark background: {dark['background']}")


def main() -> None:
    page_bytes = Path(sys.argv[1]).read_bytes()
    page_text = page_bytes.decode("utf-8")
    parse_strictly(page_bytes)
    self_contained(page_text)
    in_browser(page_text)
    print(f"html: {COUNT['passed']} passed, 0 failed")


if __name__ == "__main__":
    main()
