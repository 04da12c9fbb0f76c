"""`tools/dev set-up-runner`: what a CI runner needs before `make test`, so that no job keeps
logic in YAML. Every platform gets its list of system packages (packages.py). Windows also gets
the GNU Rust toolchain of the target table's Windows triple, made the default, with MinGW's gcc
as the C compiler (as the release's Windows artifacts are built), and a python3.exe: the
Makefile and tools/dev say python3, which Windows' Pythons do not install. A job calls it as
`python tools/dev set-up-runner` (python, for that reason)."""

import os
import shutil
import sys
from pathlib import Path

import packages
import targets
from repo import run, say


def windows_triple() -> str:
    """The target table's Windows triple, built and tested on the Windows runner."""
    (triple,) = (t.triple for t in targets.load() if t.is_windows and t.runner)
    return triple


def for_later_steps(**variables: str) -> None:
    """Sets VARIABLES for the job's later steps ($GITHUB_ENV), and for this process."""
    os.environ.update(variables)
    github_env = os.environ.get("GITHUB_ENV")
    if github_env:
        with open(github_env, "a", encoding="utf-8") as steps:
            steps.writelines(f"{name}={value}\n" for name, value in variables.items())


def set_up_windows() -> None:
    toolchain = f"stable-{windows_triple()}"
    say(f"the Rust toolchain {toolchain}, the default; MinGW's gcc as CC")
    run("rustup", "toolchain", "install", toolchain, "--profile", "minimal", "-c", "rustfmt,clippy")
    run("rustup", "default", toolchain)
    for_later_steps(CC="gcc", CXX="g++")
    python = Path(sys.executable)
    alias = python.with_name("python3" + python.suffix)
    if not alias.exists():
        say(f"python3: {alias}, a copy of {python.name}")
        shutil.copyfile(python, alias)


def main(debian: list[str]) -> int:
    platform = packages.current()
    if platform == "windows":
        set_up_windows()
    return packages.install(debian, platform, only_print=False)
