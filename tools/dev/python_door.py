"""The Python door's suites, for the root Makefile (`python3 tools/dev python MODE`):

    test               build the abi3 wheel once, install it in a venv per Python, run pytest and
                       stubtest (3.10+) on each. A Python not installed is skipped, saying so (a
                       contributor's machine); HTTPCODES_SKIP_NOTHING=1 (.ci/run) requires each.
    test-pure          the whole suite against the pure wheel (py3-none-any, made from the abi3
                       one) on CPython 3.9 and 3.13, PyPy (Debian's pypy3) and Pyodide (CPython
                       in WebAssembly, under Node), printing each one's counts
    lint               ruff, ruff format and mypy --strict over the sources; builds nothing
    demo               a short example of the package
    differential INTS PHRASES OUT                     the Python half of the differential test
    differential-pure INTS PHRASES PURE_OUT PYPY_OUT  the same from the pure wheel, on CPython
                                                      3.13 and on PyPy: two more doors
    servers HTTPCODES LIBHTTPCODES OUT                the real-server test (tests/servers/run.py)
    pure-venv VERSION  print the programs folder of a venv with the pure wheel (the bench's)

The interpreters, the pinned venvs and the abi3 wheel are tools/python.sh's, which every script
of the Python door shares; this module asks it for them."""

import argparse
import functools
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import machine
import pure_wheel
from repo import ROOT, say, skipped

# Every Python source of the repository.
SOURCES = [
    *("py/python", "py/examples", "tests/python", "tests/versions", "cli/tests", "tests/docs"),
    *("tests/dist", "tools", "bench/python", "tests/instructions", "fuzz/python", "fuzz/seed.py"),
    "tests/servers",
]
SUITE = ROOT / "tests/python"
TEST_REQUIREMENTS = SUITE / "requirements-test.txt"
PURE_WHEEL_DIR = ROOT / "target/python-pure-wheel"
# Where the pure wheel runs besides PyPy and Pyodide: the oldest and newest CPython.
PURE_VERSIONS = ["3.9.18", "3.13.0"]


def python_sh(script: str, *args: str) -> str:
    """What SCRIPT prints with tools/python.sh sourced and ARGS as $1...; its stderr passes."""
    command = ["bash", "-c", f"source tools/python.sh && {script}", "python.sh", *args]
    return subprocess.run(
        command, cwd=ROOT, check=True, stdout=subprocess.PIPE, text=True
    ).stdout.strip()


@functools.cache
def shared_environment() -> dict[str, str]:
    """This process's environment with what tools/python.sh exports (pip's, ruff's, mypy's)."""
    printed = python_sh("env -0")
    return dict(entry.split("=", 1) for entry in printed.split("\0") if "=" in entry)


def call(*command: object, cwd: Path = ROOT, **env: str) -> bool:
    """Runs COMMAND with tools/python.sh's environment and ENV; whether it succeeded."""
    done = subprocess.run(
        [str(part) for part in command], cwd=cwd, env={**shared_environment(), **env}, check=False
    )
    return done.returncode == 0


def setting(name: str) -> list[str]:
    """The words of tools/python.sh's variable NAME (an array's items)."""
    return python_sh(f'printf "%s\\n" "${{{name}[@]}}"').split()


def installed(version: str) -> bool:
    """Whether CPython VERSION is here (tools/python.sh's `interpreter` finds it)."""
    return python_sh('! interpreter "$1" >/dev/null 2>&1 || echo yes', version) == "yes"


def venv_programs(version: str) -> Path:
    return Path(python_sh('venv_programs "$1"', version))


def install_wheel(wheel: Path, programs: Path) -> None:
    python_sh('install_wheel "$1" "$2"', str(wheel), str(programs))


def with_wheel() -> Path:
    """The programs folder of the tools venv, with the abi3 wheel installed."""
    programs = venv_programs(setting("TOOLS_VERSION")[0])
    install_wheel(Path(python_sh("build_wheel")), programs)
    return programs


def run_tests() -> int:
    wheel = Path(python_sh("build_wheel"))
    status, summary = 0, []
    for version in setting("PYTHON_VERSIONS"):
        if not installed(version):
            skipped(f"Python {version} is not installed here")
            summary.append(f"python {version}: skipped, not installed here")
            continue
        programs = venv_programs(version)
        install_wheel(wheel, programs)
        say(f"pytest on Python {version}")
        # From tests/python, so nothing but the installed wheel can be imported as httpcodes.
        pytest = subprocess.Popen(
            [programs / "python", "-m", "pytest", "-p", "no:cacheprovider", "-q"],
            cwd=SUITE,
            env={**shared_environment(), "HTTPCODES_WHEEL": "abi3"},
            stdout=subprocess.PIPE,
            text=True,
        )
        last = ""
        for line in pytest.stdout or []:
            print(line, end="", flush=True)
            last = line.rstrip("\n")
        status |= pytest.wait() != 0
        summary.append(f"python {version}: {last}")
        if version.startswith("3.9."):
            continue  # mypy runs on 3.10 and later
        say(f"stubtest on Python {version}")
        # From .venv/, away from the sources, so the installed package is what gets checked.
        status |= not call(
            programs / "python", "-m", "mypy.stubtest", "httpcodes", cwd=ROOT / ".venv"
        )
    print("\n".join(summary), flush=True)
    if "passed" not in " ".join(summary):
        print("error: no Python ran the suite", file=sys.stderr)
        return 1
    return int(status)


def build_pure_wheel() -> Path:
    """The pure wheel (py3-none-any), made from the abi3 wheel without its native module."""
    wheel = Path(python_sh("build_wheel"))
    shutil.rmtree(PURE_WHEEL_DIR, ignore_errors=True)
    PURE_WHEEL_DIR.mkdir(parents=True)
    return pure_wheel.make(wheel, PURE_WHEEL_DIR)


def pure_interpreter_here(version: str) -> bool:
    """Whether CPython VERSION, or `pypy` (Debian's pypy3, installed where it can be), is here."""
    if version != "pypy":
        return installed(version)
    try:
        machine.need("pypy3")
    except (SystemExit, subprocess.CalledProcessError):
        return False
    return True


def pure_venv(version: str, wheel: Path) -> Path:
    """The programs folder of a venv with the pinned test runner and WHEEL, for CPython VERSION
    or `pypy`."""
    if version == "pypy":
        machine.need("pypy3")
        programs = machine.pinned_venv(ROOT / ".venv/pypy3", [TEST_REQUIREMENTS], "pypy3")
    else:
        python = python_sh('interpreter "$1"', version)
        minor = version.rsplit(".", 1)[0]
        programs = machine.pinned_venv(ROOT / f".venv/pure{minor}", [TEST_REQUIREMENTS], python)
    install_wheel(wheel, programs)
    return programs


def interpreter_name(programs: Path) -> str:
    """How a summary names PROGRAMS' interpreter: `3.13.0`, `PyPy 7.3.11 (Python 3.9.16)`."""
    script = """import platform, sys
name, version = platform.python_implementation(), platform.python_version()
pypy = ".".join(map(str, getattr(sys, "pypy_version_info", ())[:3]))
print(name, pypy + f" (Python {version})" if name == "PyPy" else version)"""
    return subprocess.run(
        [programs / "python", "-c", script], check=True, capture_output=True, text=True
    ).stdout.strip()


def pytest_counts(programs: Path) -> tuple[str, bool]:
    """The suite against what PROGRAMS' venv has installed: its last line (the counts), and
    whether it passed; its skips and counts, or on failure its whole output, go to stderr."""
    done = subprocess.run(
        [programs / "python", "-m", "pytest", "-p", "no:cacheprovider", "-q", "-rs"],
        cwd=SUITE,
        env={**shared_environment(), "HTTPCODES_WHEEL": "pure"},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        check=False,
    )
    lines = done.stdout.splitlines()
    for line in lines:
        counts = any(word in line for word in ("passed", "failed", "error"))
        if (line.startswith("SKIPPED") or counts) and not line.startswith("."):
            print(line, file=sys.stderr)
    if done.returncode != 0:
        print(done.stdout, end="", file=sys.stderr)
    return (lines[-1] if lines else ""), done.returncode == 0


def pyodide_counts(wheel: Path) -> tuple[str, bool]:
    """The suite in Pyodide under Node: `Pyodide …: counts`, and whether it passed."""
    with tempfile.TemporaryFile("w+") as log:
        done = subprocess.run(
            [SUITE / "pyodide/run.sh", wheel],
            env=shared_environment(),
            stdout=log,
            stderr=log,
            check=False,
        )
        log.seek(0)
        text = log.read()
    lines = text.splitlines() or [""]
    for line in lines:
        if line.startswith("SKIPPED"):
            print(line, file=sys.stderr)
    if done.returncode != 0:
        print(text, end="", file=sys.stderr)
    return f"{lines[0]}: {lines[-1]}", done.returncode == 0


def run_pure_tests() -> int:
    wheel = build_pure_wheel()
    status, summary = 0, []
    for version in [*PURE_VERSIONS, "pypy"]:
        label = "PyPy (pypy3)" if version == "pypy" else f"Python {version}"
        # As for the abi3 wheel, a contributor's machine may lack one (.ci/run requires each).
        if not pure_interpreter_here(version):
            skipped(f"{label} is not installed here")
            summary.append(f"pure wheel, {label}: skipped, not installed here")
            continue
        say(f"pytest on {label}, pure wheel")
        programs = pure_venv(version, wheel)
        counts, passed = pytest_counts(programs)
        failed = "" if passed else "\nFAILED"
        summary.append(f"pure wheel, {interpreter_name(programs)}: {counts}{failed}")
    say("pytest in Pyodide under Node, pure wheel")
    counts, passed = pyodide_counts(wheel)
    status |= not passed
    summary.append(f"pure wheel, {counts}")
    print("\n".join(summary), flush=True)
    joined = "\n".join(summary)
    status |= any(word in joined for word in ("FAILED", "failed", "error"))
    return int(status)


def lint() -> int:
    tools = venv_programs(setting("TOOLS_VERSION")[0])
    config = ["--config", "py/pyproject.toml"]
    say("ruff")
    # Each step stops the run at its first failure, which it has reported.
    if not call(tools / "ruff", "check", *config, *SOURCES):
        return 1
    if not call(tools / "ruff", "format", "--check", *config, *SOURCES):
        return 1
    say("mypy --strict")
    return 0 if call(tools / "mypy", "--config-file", "py/pyproject.toml", *SOURCES) else 1


def python_of(programs: Path, *args: object) -> int:
    return 0 if call(programs / "python", *args) else 1


def differential_pure(ints: str, phrases: str, pure_out: str, pypy_out: str) -> int:
    wheel = build_pure_wheel()
    script = "tests/python/differential.py"
    if python_of(pure_venv("3.13.0", wheel), script, ints, phrases, pure_out):
        return 1
    return python_of(pure_venv("pypy", wheel), script, ints, phrases, pypy_out)


def add_parser(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    command = commands.add_parser("python", help="the Python door's suites, lint and demo")
    command.add_argument("mode", choices=list(RUNS))
    command.add_argument(
        "args",
        nargs="*",
        help="differential: INTS PHRASES OUT; differential-pure: INTS PHRASES PURE_OUT PYPY_OUT; "
        "servers: HTTPCODES LIBHTTPCODES OUT; pure-venv: VERSION (or pypy)",
    )


RUNS: dict[str, Callable[..., int]] = {
    "test": run_tests,
    "test-pure": run_pure_tests,
    "lint": lint,
    "demo": lambda: python_of(with_wheel(), "py/examples/demo.py"),
    "differential": lambda *files: python_of(with_wheel(), "tests/python/differential.py", *files),
    "differential-pure": differential_pure,
    "servers": lambda *args: python_of(with_wheel(), "tests/servers/run.py", *args),
    "pure-venv": lambda version: print(pure_venv(version, build_pure_wheel())) or 0,
}
ARITY = {"differential": 3, "differential-pure": 4, "servers": 3, "pure-venv": 1}


def main(args: argparse.Namespace) -> int:
    arity = ARITY.get(args.mode, 0)
    if len(args.args) != arity:
        sys.exit(f"tools/dev python {args.mode}: takes {arity} arguments\n\n{__doc__}")
    return RUNS[args.mode](*args.args)
