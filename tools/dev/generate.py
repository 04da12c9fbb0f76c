"""`make generate`: every file derived from the sources, rewritten, or with `--check` each stale one
named. tools/generate writes what it derives from core's table; cbindgen the C header; this
program the release workflow from targets.toml; `cargo doc` gives core's public API listing.
(Measured budgets, callgrind's, have their own bless step: `make bless-instructions`.)"""

import os
import subprocess

import workflow
from repo import ROOT, environment, run, say

TARGET = os.environ.get("CARGO_TARGET_DIR", str(ROOT / "target"))


def main(check: bool) -> int:
    stale = []
    generator = ["cargo", "run", "--locked", "--quiet", "-p", "httpcodes-generate"]
    if (
        subprocess.run(
            [*generator, *(["--", "--check"] if check else [])], cwd=ROOT, check=False
        ).returncode
        != 0
    ):
        stale.append("tools/generate's files")
    header = ["cargo", "test", "--locked", "--quiet", "-p", "httpcodes-ffi", "--test", "header"]
    env = environment() if check else environment(HTTPCODES_BLESS="1")
    if (
        subprocess.run(header, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, check=False).returncode
        != 0
    ):
        stale.append("include/httpcodes.h (cbindgen)")
    path = ROOT / workflow.PATH
    text = workflow.render()
    if not path.exists() or path.read_text() != text:
        if check:
            stale.append(workflow.PATH)
        else:
            path.write_text(text)
            say(f"wrote {workflow.PATH}")
    run(
        "cargo",
        "doc",
        "--locked",
        "--quiet",
        "--no-deps",
        "-p",
        "httpcodes-core",
        "--features",
        "http,serde",
    )
    listing = ["python3", ROOT / "tests/docs/public_api.py", f"{TARGET}/doc/httpcodes"]
    if (
        subprocess.run(
            [*map(str, listing), *([] if check else ["--bless"])], cwd=ROOT, check=False
        ).returncode
        != 0
    ):
        stale.append("core/public-api.txt")
    for what in stale:
        say(f"{what} is stale: run `make generate` and commit it")
    return 1 if stale else 0
