"""httpcodes' developer program: the release build, derived files, fuzzing, the target table and
the machine set-up they share. The Makefile's targets call it.

    python3 tools/dev generate [--check]            every derived file, rewritten or checked
    python3 tools/dev dist OUT [--part PART ...]    every release artifact, into OUT
    python3 tools/dev install-test DIST --target T  install and test exactly T's artifacts
    python3 tools/dev publish DIST --tag vX.Y.Z     the release, from DIST, to every registry
    python3 tools/dev release-assets DIST OUT       the GitHub release's files, flat, into OUT
    python3 tools/dev targets [--check]             the target table; its check runs in make lint
    python3 tools/dev fuzz run SECONDS [DOOR ...]   differential fuzzing of every door
    python3 tools/dev fuzz replay                   core's and C's seeds and regressions
    python3 tools/dev python MODE [ARG ...]         the Python door's suites, lint and demo
    python3 tools/dev need PACKAGE ...              install Debian's PACKAGEs where missing
    python3 tools/dev browser chromium|firefox      the path of this machine's headless browser
    python3 tools/dev set-up                        everything the commands above install, at once
    python3 tools/dev system-packages [--print]     this platform's list of system packages
    python tools/dev set-up-runner                  a CI runner: those, and Windows' GNU toolchain
    python3 tools/dev release-path                  PATH with the pinned release tools first
    python3 tools/dev cargo-tool NAME               the path of a pinned cargo subcommand
    python3 tools/dev version [--abi]               the version (Cargo.toml's) or the ABI name
    python3 tools/dev venv DIR REQS... [--python P] a virtualenv with exactly those pins: its bin/

It needs Python 3.11 or later and nothing outside the standard library; the tools it installs
are pinned in machine.py and requirements.txt."""

import argparse
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import agreement
import browsers
import dist
import generate
import install_test
import machine
import packages
import publish
import python_door
import repo
import runner

import fuzz


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(
        prog="tools/dev",
        description=__doc__.split("\n\n")[0] if __doc__ else None,
        epilog="Each command says more with --help.",
    )
    commands = root.add_subparsers(dest="command", required=True)

    command = commands.add_parser("generate", help="rewrite every derived file (make generate)")
    command.add_argument("--check", action="store_true", help="name each stale file, and fail")

    command = commands.add_parser("dist", help="every release artifact, SBOMs and SHA256SUMS")
    command.add_argument("out", type=Path, help="the folder to write (made when missing)")
    command.add_argument(
        "--part",
        action="append",
        choices=list(dist.PARTS),
        help="only this part (repeatable); every part by default",
    )

    command = commands.add_parser("install-test", help="install one target's artifacts, test them")
    command.add_argument("dist", type=Path, help="the folder make dist wrote")
    command.add_argument("--target", required=True, help="a triple of targets.toml")
    command.add_argument(
        "--python",
        action="append",
        help="an interpreter to run the Python suite on (repeatable); this one by default",
    )

    command = commands.add_parser("publish", help="publish DIST to every registry (publish.py)")
    publish.add_arguments(command)
    command = commands.add_parser("release-assets", help="the GitHub release's files, flat")
    command.add_argument("dist", type=Path, help="the folder make dist wrote")
    command.add_argument("out", type=Path, help="the folder to write")

    command = commands.add_parser("targets", help="the release targets and their artifacts")
    command.add_argument(
        "--check",
        action="store_true",
        help="fail where node/npm or the release workflow disagree",
    )

    command = commands.add_parser("fuzz", help="differential fuzzing (fuzz/README.md)")
    fuzz_commands = command.add_subparsers(dest="fuzz_command", required=True)
    command = fuzz_commands.add_parser("run", help="fuzz each door for SECONDS")
    command.add_argument("seconds", type=int)
    command.add_argument(
        "doors",
        nargs="*",
        choices=[[], *fuzz.DOORS],
        metavar="DOOR",
        help="some of: " + ", ".join(fuzz.DOORS),
    )
    fuzz_commands.add_parser("replay", help="core's and C's seeds and regressions, no fuzzer")

    python_door.add_parser(commands)
    command = commands.add_parser("browser", help="print the path of this machine's browser")
    command.add_argument("kind", choices=sorted(browsers.BROWSERS))
    command = commands.add_parser("need", help="install Debian's packages that are missing")
    command.add_argument("packages", nargs="+", choices=sorted(machine.PACKAGES))

    command = commands.add_parser("system-packages", help="install this platform's packages")
    command.add_argument("--platform", help="debian, ubuntu, macos or windows (this machine's)")
    command.add_argument("--print", action="store_true", help="print the list, install nothing")
    commands.add_parser("set-up", help="install every package, target and tool this program uses")
    commands.add_parser("set-up-runner", help="a CI runner's packages (Windows: GNU toolchain too)")
    commands.add_parser("release-path", help="print PATH with the pinned release tools first")
    command = commands.add_parser("version", help="print the version, the one Cargo.toml carries")
    command.add_argument("--abi", action="store_true", help="the shared library's ABI name instead")
    command.add_argument("--rust", action="store_true", help="the oldest Rust it claims instead")
    command = commands.add_parser(
        "venv", help="make DIR a virtualenv with exactly REQUIREMENTS; print its programs folder"
    )
    command.add_argument("folder", type=Path)
    command.add_argument("requirements", type=Path, nargs="+")
    command.add_argument("--python", default="python3", help="the interpreter (python3)")
    command = commands.add_parser("cargo-tool", help="print a pinned cargo subcommand's path")
    command.add_argument("name", choices=sorted(machine.CARGO_TOOLS))
    return root


def printed(answer: object) -> int:
    print(answer)
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "generate": lambda args: generate.main(args.check),
    "dist": lambda args: dist.main(args.out.resolve(), args.part or list(dist.PARTS)),
    "install-test": lambda args: install_test.main(
        args.dist.resolve(), args.target, args.python or [sys.executable]
    ),
    "publish": publish.main,
    "release-assets": lambda args: publish.release_assets(args.dist, args.out),
    "targets": lambda args: agreement.main(args.check),
    "fuzz": lambda args: (
        fuzz.run_doors(args.seconds, args.doors or fuzz.DOORS)
        if args.fuzz_command == "run"
        else fuzz.replay()
    ),
    "python": python_door.main,
    "browser": lambda args: browsers.main(args.kind),
    "need": lambda args: machine.need(*args.packages),
    "set-up": lambda args: machine.set_up(),
    "set-up-runner": lambda args: runner.main(sorted(machine.PACKAGES)),
    "system-packages": lambda args: packages.install(
        sorted(machine.PACKAGES), args.platform, args.print
    ),
    "release-path": lambda args: printed(machine.release_tools()["PATH"]),
    "cargo-tool": lambda args: printed(machine.cargo_tool(args.name)),
    "venv": lambda args: printed(
        machine.pinned_venv(
            args.folder.resolve(), [path.resolve() for path in args.requirements], args.python
        )
    ),
    "version": lambda args: printed(
        repo.abi_name(repo.version())
        if args.abi
        else repo.workspace_package()["rust-version"]
        if args.rust
        else repo.version()
    ),
}

if __name__ == "__main__":
    arguments = parser().parse_args()
    try:
        sys.exit(COMMANDS[arguments.command](arguments))
    except subprocess.CalledProcessError as failed:
        command = " ".join(map(str, failed.cmd))
        sys.exit(f"tools/dev {arguments.command}: `{command}` failed (exit {failed.returncode})")
