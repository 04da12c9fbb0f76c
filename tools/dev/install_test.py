"""Installs exactly the artifacts `make dist` made for one target, as their users do, and runs
their tests on this machine: what the release workflow runs on each desktop before it publishes
those very files.

- the wheel into a fresh virtualenv of each interpreter given (the oldest and newest the
  runner has), with the whole Python suite;
- the npm main and platform tarballs, installed offline, under the whole Node suite;
- the C archive: the C suite compiled against it and run on the vectors;
- the command from the unpacked archive, under the command's own suite (cli/tests/)."""

import os
import shutil
import subprocess
import tarfile
import tempfile
import zipfile
from pathlib import Path

import install_node
import targets
from machine import programs
from repo import ROOT, run, say, version
from targets import Target

VECTORS = ROOT / "tests/vectors"
# The whole Python suite, as `make test` runs it, from its folder (never the package's sources).
PYTHON_SUITE = ROOT / "tests/python"


def unpack(archive: Path, into: Path) -> Path:
    """ARCHIVE's top folder, unpacked under INTO."""
    if archive.name.endswith(".zip"):
        with zipfile.ZipFile(archive) as packed:
            packed.extractall(into)
    else:
        with tarfile.open(archive) as packed:
            packed.extractall(into, filter="tar")
    return into / archive.name.removesuffix(".zip").removesuffix(".tar.gz")


def python(wheel: Path, scratch: Path, interpreter: str) -> None:
    say(f"the wheel {wheel.name} in a fresh virtualenv of {interpreter}")
    folder = Path(tempfile.mkdtemp(prefix="venv", dir=scratch))
    run(interpreter, "-m", "venv", folder)
    python = programs(folder) / "python"
    run(
        python,
        "-m",
        "pip",
        "install",
        "--quiet",
        "--requirement",
        ROOT / "tests/python/requirements-test.txt",
        wheel,
    )
    # The suite checks that it tests the wheel it is told: the abi3 one, or the pure one.
    kind = "abi3" if "-abi3-" in wheel.name else "pure"
    run(
        python,
        "-m",
        "pytest",
        "-p",
        "no:cacheprovider",
        "-q",
        "-rs",
        cwd=PYTHON_SUITE,
        env={**os.environ, "HTTPCODES_WHEEL": kind},
    )


def npm(target: Target, dist: Path, scratch: Path) -> None:
    assert target.npm
    tarballs = [
        dist / targets.npm_main_name(version()),
        dist / target.npm_name(version()),
    ]
    say(f"npm install --offline of {' and '.join(t.name for t in tarballs)}, the whole Node suite")
    install_node.suite(tarballs, target.npm.name, scratch / "npm")


def c(target: Target, archive: Path, scratch: Path) -> None:
    say(f"the C suite against {archive.name}")
    tree = unpack(archive, scratch)
    # The shared library: beside the programs on Windows (bin/), else in lib/, found by rpath.
    library = tree / ("bin" if target.is_windows else "lib")
    program = scratch / ("test_c.exe" if target.is_windows else "test_c")
    compiler = shutil.which("cc") or "gcc"
    rpath = [] if target.is_windows else [f"-Wl,-rpath,{library}"]
    run(
        "bash",
        ROOT / "tests/c/compile.sh",
        "c99",
        compiler,
        program,
        f"-I{tree / 'include'}",
        f"-L{tree / 'lib'}",
        "-lhttpcodes",
        "-lpthread",
        *rpath,
    )
    env = {
        **os.environ,
        "HTTPCODES_NO_RSS": "1",
        "PATH": f"{library}{os.pathsep}{os.environ['PATH']}",
    }
    run(program, VECTORS, version(), "1000", env=env)


def command(target: Target, archive: Path, scratch: Path) -> None:
    say(f"the command from {archive.name}")
    tree = unpack(archive, scratch / "cli")
    binary = tree / ("httpcodes.exe" if target.is_windows else "httpcodes")
    answer = subprocess.run([binary, "404"], capture_output=True, text=True, check=True).stdout
    listed = subprocess.run([binary, "--list"], capture_output=True, text=True, check=True).stdout
    statuses = len((VECTORS / "statuses.tsv").read_text().splitlines()) - 1
    if not answer.startswith("404 Not Found\n") or len(listed.splitlines()) != statuses:
        raise SystemExit(
            f"{binary.name} answered {answer!r} and listed {len(listed.splitlines())} statuses"
        )
    say(f"the command's suite (cli/tests/) against {binary.name} from the archive")
    env = {**os.environ, "HTTPCODES_CLI": str(binary)}
    run("cargo", "test", "--locked", "--quiet", "-p", "httpcodes-cli", "--test", "cli", env=env)


def main(dist: Path, triple: str, interpreters: list[str]) -> int:
    found = [target for target in targets.load() if target.triple == triple]
    if not found:
        raise SystemExit(f"{triple} is not in targets.toml")
    target = found[0]
    v = version()
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        if target.wheel:
            for interpreter in interpreters:
                python(dist / target.wheel_name(v), scratch, interpreter)
        if target.npm:
            npm(target, dist, scratch)
        if target.archive:
            kind = target.archive_kind
            c(target, dist / f"{target.library_folder(v)}.{kind}", scratch)
            command(target, dist / f"{target.command_folder(v)}.{kind}", scratch)
    print(f"install-test {triple}: every artifact of the target installed and answered")
    return 0
