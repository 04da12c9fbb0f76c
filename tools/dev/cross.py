"""How a release build is set up: the pinned tools on PATH, the commit's time, this machine's
paths kept out of every binary, and each target's own settings. The same commit gives the same
bytes wherever it is built (`make verify-repro`): maturin, wheel, npm and cargo read
SOURCE_DATE_EPOCH; the C and command archives are made with it."""

import os
import platform
from pathlib import Path

from machine import release_tools
from repo import ROOT, output
from targets import Target

LICENSES = ("LICENSE-MIT", "LICENSE-APACHE")


def build_environment() -> dict[str, str]:
    """The release tools on PATH, the commit's time, and paths remapped out of every binary."""
    env = release_tools()
    env.setdefault("SOURCE_DATE_EPOCH", output("git", "log", "-1", "--format=%ct"))
    cargo_home = os.environ.get("CARGO_HOME", str(Path.home() / ".cargo"))
    sysroot = output("rustc", "--print", "sysroot")
    env["RUSTFLAGS"] = (
        f"--remap-path-prefix={ROOT}=/httpcodes --remap-path-prefix={cargo_home}=/cargo "
        f"--remap-path-prefix={sysroot}=/rust"
    )
    os.environ["SOURCE_DATE_EPOCH"] = env["SOURCE_DATE_EPOCH"]
    return env


def for_target(env: dict[str, str], target: Target) -> dict[str, str]:
    """ENV for a build of TARGET, so that where the checkout is cannot change a byte:
    - a Mac build gets its oldest macOS, and a linker told to write no debug map: the map names
      each object file by its path in this checkout, and zig hashes the linked file, map
      included, into LC_UUID before rustc strips the map away;
    - a Windows build finds mingw's import libraries under a path that starts with `//`. GNU ld
      orders a program's import tables by the path of each import library, and rustc writes its
      own (std's raw-dylib ones) under the target folder: from /tmp they would sort before
      /usr/x86_64-w64-mingw32/lib, from /work after. `//usr/...` sorts before every checkout."""
    if target.is_mac:
        return {
            **env,
            "MACOSX_DEPLOYMENT_TARGET": target.macos or "",
            "RUSTFLAGS": env["RUSTFLAGS"] + " -C link-arg=-Wl,-S",
        }
    if target.is_windows:
        kernel32 = output("x86_64-w64-mingw32-gcc", "-print-file-name=libkernel32.a")
        mingw_lib = Path(kernel32).resolve().parent
        return {**env, "RUSTFLAGS": env["RUSTFLAGS"] + f" -C link-arg=-L/{mingw_lib}"}
    return env


def with_shared_unwinder(env: dict[str, str], target: Target) -> dict[str, str]:
    """ENV for a glibc build of TARGET's Python extension or Node addon, linked against the
    system's libgcc_s.so.1 as a native gnu build is: zig otherwise links a copy of LLVM's
    libunwind into each (22 KB on x86_64; both have a size goal in make bench). Every glibc
    system has libgcc_s, and the manylinux policy allows it; the file is this machine's for its
    own architecture, Debian's libgcc-s1-<arch>-cross for another's."""
    if not target.glibc:
        return env
    if target.arch == platform.machine():
        library = f"/lib/{target.arch}-linux-gnu/libgcc_s.so.1"
    else:
        library = f"/usr/{target.arch}-linux-gnu/lib/libgcc_s.so.1"
    if not Path(library).is_file():
        raise SystemExit(f"no {library}: `python3 tools/dev need libgcc-s1-arm64-cross`")
    return {**env, "RUSTFLAGS": env["RUSTFLAGS"] + f" -C link-arg={library}"}
