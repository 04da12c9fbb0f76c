"""The repository this program serves, and how it runs commands there."""

import os
import subprocess
import sys
from pathlib import Path

import tomllib

# The repository's root: the one name every part of this program uses for it.
ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "build"


def say(*words: object) -> None:
    """One progress line on stderr, the same shape as every script of httpcodes prints."""
    print("==>", *words, file=sys.stderr, flush=True)


def skipped(reason: str) -> None:
    """Says that a check was skipped and why, as tools/common.sh's `skipped` does: CI, which must
    skip nothing, sets HTTPCODES_SKIP_NOTHING=1 and so fails here instead."""
    if os.environ.get("HTTPCODES_SKIP_NOTHING"):
        sys.exit(f"error: cannot skip: {reason}")
    say(f"skipped: {reason}")


def run(*command: object, cwd: Path = ROOT, env: dict[str, str] | None = None) -> None:
    """Runs COMMAND, its output on stderr so that stdout stays this program's own answer."""
    subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=env,
        check=True,
        stdout=sys.stderr,
    )


def output(*command: object, cwd: Path = ROOT, env: dict[str, str] | None = None) -> str:
    """What COMMAND prints, stripped."""
    return subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()


def workspace_package(checkout: Path = ROOT) -> dict[str, str]:
    """CHECKOUT's Cargo.toml [workspace.package]: the one place the version and the oldest Rust
    are typed, read here and nowhere else by this program."""
    manifest = tomllib.loads((checkout / "Cargo.toml").read_text())
    package = manifest.get("workspace", {}).get("package", {})
    if "version" not in package or "rust-version" not in package:
        sys.exit(f"{checkout / 'Cargo.toml'} names no workspace version or rust-version")
    return {key: str(value) for key, value in package.items()}


def version(checkout: Path = ROOT) -> str:
    """The workspace's version."""
    return workspace_package(checkout)["version"]


def abi_name(version: str) -> str:
    """The shared library's ABI name: 0.MINOR while the major is 0 (every 0.x minor may break the
    ABI), then MAJOR, as cargo-c names it. ffi-c/build.rs applies it at link time, and
    tests/versions/versions.py checks that the two agree on the built library."""
    major, minor, _ = version.split(".", 2)
    return f"0.{minor}" if major == "0" else major


def environment(**changes: str) -> dict[str, str]:
    """This process's environment with CHANGES."""
    return {**os.environ, **changes}
