"""The system packages CI and the release install, one list per platform, each in that platform's
own names: Debian's (machine.PACKAGES, this machine's), Ubuntu's on GitHub's ubuntu-latest, and
Homebrew's on the macOS runners. `tools/dev system-packages` installs this machine's list; every
workflow job calls it, and `tools/dev need` names a package as this platform does."""

import os
import platform as host
import shutil
from pathlib import Path

from repo import environment, run

# Ubuntu's name for a Debian package where the two differ; None where Ubuntu ships the program
# only as a snap, which a runner cannot install, and ubuntu-latest's image has it already
# (Chromium and Firefox; Ubuntu has no firefox-esr).
UBUNTU_NAMES: dict[str, str | None] = {"chromium": None, "firefox-esr": None}
# What `make test` needs on macOS that the runner lacks.
HOMEBREW = ["pkg-config"]


def current() -> str:
    """This machine's platform: debian, ubuntu, macos, windows, or another Linux's ID."""
    system = host.system()
    if system == "Darwin":
        return "macos"
    if system == "Windows" or system.startswith(("MINGW", "MSYS", "CYGWIN")):
        return "windows"
    release = Path("/etc/os-release")
    fields = dict(
        line.split("=", 1) for line in release.read_text().splitlines() if "=" in line
    ) if release.exists() else {}  # fmt: skip
    return fields.get("ID", "linux").strip('"')


def local_names(debian: list[str], platform: str | None = None) -> list[str]:
    """The Debian packages DEBIAN by PLATFORM's names (this machine's by default)."""
    platform = platform or current()
    if platform != "ubuntu":
        return list(debian)
    named = (UBUNTU_NAMES.get(name, name) for name in debian)
    return [name for name in named if name]


def listed(platform: str, debian: list[str]) -> list[str]:
    """PLATFORM's list: the Debian packages this project uses, by its names; Homebrew's on macOS;
    none on Windows (the runner's MSYS2 and MinGW have what `make test` uses)."""
    if platform == "macos":
        return HOMEBREW
    if platform == "windows":
        return []
    return sorted(local_names(debian, platform))


def install(debian: list[str], platform: str | None, only_print: bool) -> int:
    """Installs PLATFORM's list (this machine's by default), or prints it."""
    platform = platform or current()
    names = listed(platform, debian)
    if only_print or not names:
        print(" ".join(names))
        return 0
    if platform == "macos":
        run("brew", "install", *names)
        return 0
    sudo = ["sudo"] if os.geteuid() != 0 and shutil.which("sudo") else []
    env = environment(DEBIAN_FRONTEND="noninteractive")
    run(*sudo, "apt-get", "update", "-qq", env=env)
    run(*sudo, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *names, env=env)
    return 0
