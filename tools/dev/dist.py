"""`make dist`: every artifact of a release, for every target of targets.toml, into one folder.

Every build goes through cross.py, so the same commit gives the same bytes wherever it is built."""

import json
import os
import shutil
import tempfile
from pathlib import Path

import archive
import npm
import pure_wheel
import sbom
import table
import targets
from cross import LICENSES, build_environment, for_target, with_shared_unwinder
from machine import cargo_tool, need, rust_targets
from repo import BUILD, ROOT, output, run, say, version
from targets import Target


def python(out: Path, env: dict[str, str]) -> None:
    """The abi3 wheels (Linux ones checked by `auditwheel show`), the pure wheel made from one
    of them, and the sdist."""
    for target in targets.load():
        if not target.wheel:
            continue
        say(f"wheel for {target.triple} ({target.wheel_platform})")
        command = ["maturin", "build", "--quiet", "--release", "--locked"]
        command += [] if target.is_windows else ["--zig"]
        command += ["--target", target.triple]
        if target.wheel != "native":
            command += ["--compatibility", target.wheel]
        target_env = with_shared_unwinder(for_target(env, target), target)
        run(*command, "--manifest-path", "py/Cargo.toml", "--out", out, env=target_env)
        if target.wheel.startswith("musllinux"):
            name_musl_libc(out, target, env)
    pure = targets.pure_wheel()
    (source,) = (target for target in targets.load() if target.triple == pure.source)
    say(f"pure wheel ({pure.tag}), the {source.triple} wheel without its native module")
    pure_wheel.make(out / source.wheel_name(version()), out)
    pack_small(out)
    say("sdist")
    run("maturin", "sdist", "--manifest-path", "py/Cargo.toml", "--out", out, env=env)
    for wheel in sorted(out.glob("httpcodes_py-*linux*.whl")):
        say(f"auditwheel show {wheel.name}")
        run("auditwheel", "show", wheel, env=env)


def pack_small(out: Path) -> None:
    """Every wheel's files deflated again by zopfli (advzip -4), which finds a deflate stream about
    4% smaller than zlib's level 9 for the same bytes: 7 to 8 KB off each abi3 wheel, whose size is
    a goal (make bench), at no cost to a user. The files, their order and RECORD stay as they are;
    zopfli is deterministic, so two builds still match byte for byte."""
    for wheel in sorted(out.glob("httpcodes_py-*.whl")):
        say(f"advzip {wheel.name}")
        run("advzip", "--quiet", "--recompress", "-4", wheel)


def name_musl_libc(out: Path, target: Target, env: dict[str, str]) -> None:
    """zig links musl's libc as NEEDED `libc.so`; musl's loader takes that name as itself, but
    the musllinux policy (PEP 656, auditwheel) names it `libc.musl-ARCH.so.1`, as Alpine's
    toolchain does. Rename it, so the wheel records what one built in a musllinux image would."""
    wheel = out / target.wheel_name(version())
    with tempfile.TemporaryDirectory() as unpacked:
        run("python", "-m", "wheel", "unpack", "--dest", unpacked, wheel, env=env)
        for library in Path(unpacked).glob("*/httpcodes/*.so"):
            run(
                "patchelf",
                "--replace-needed",
                "libc.so",
                f"libc.musl-{target.arch}.so.1",
                library,
                env=env,
            )
        (folder,) = Path(unpacked).iterdir()
        run("python", "-m", "wheel", "pack", "--dest-dir", out, folder, env=env)


def members() -> list[Path]:
    """The folder of every crate of the workspace."""
    metadata = json.loads(
        output("cargo", "metadata", "--no-deps", "--format-version", "1", "--locked")
    )
    return [Path(package["manifest_path"]).parent for package in metadata["packages"]]


def rust(out: Path, env: dict[str, str]) -> None:
    """`cargo package` of every crate published to crates.io, packed together, so that a crate
    that needs another of them (the command needs the core) is verified against the packed one.

    Cargo takes a crate of its packing registry as immutable: it reuses the copy it unpacked
    under CARGO_HOME and the build of it in the target folder, both named by the registry's path
    and the version. A checkout packed again at the same path with other sources under the same
    version (CI's clean clones, a working tree) would verify the command against the old core,
    so both go first: packing builds in a target folder of its own, emptied each time."""
    metadata = json.loads(
        output("cargo", "metadata", "--no-deps", "--format-version", "1", "--locked")
    )
    crates = [package["name"] for package in metadata["packages"] if package["publish"] != []]
    say("cargo package", *crates)
    packing = BUILD / "cargo-package"
    shutil.rmtree(packing, ignore_errors=True)
    forget_unpacked(crates)
    run(
        "cargo",
        "package",
        "--locked",
        "--quiet",
        "--target-dir",
        packing,
        *(f"--package={crate}" for crate in crates),
        env=env,
    )
    for crate in crates:
        shutil.copy(packing / f"package/{crate}-{version()}.crate", out)


def forget_unpacked(crates: list[str]) -> None:
    """Removes cargo's unpacked copies of CRATES at this version, from earlier packings (each
    under CARGO_HOME/registry/src/-HASH, HASH naming a packing registry's path)."""
    home = Path(os.environ.get("CARGO_HOME") or Path.home() / ".cargo")
    for crate in crates:
        for unpacked in home.glob(f"registry/src/-*/{crate}-{version()}"):
            shutil.rmtree(unpacked)


def c(out: Path, env: dict[str, str]) -> None:
    """The C library: a `make install` tree per target, packed with its licences and README."""
    for target in (target for target in targets.load() if target.archive):
        name = target.library_folder(version())
        stage = BUILD / "dist-c" / name
        staged_root = stage.with_name(name + ".root")
        say(name)
        shutil.rmtree(stage, ignore_errors=True)
        shutil.rmtree(staged_root, ignore_errors=True)
        # PREFIX=/usr/local is what the .pc names; CMake's package is relative to itself, and
        # `pkg-config --define-prefix` relocates the .pc, so the tree works wherever it is unpacked.
        run(
            "make",
            "--no-print-directory",
            "install-c",
            f"C_TARGET={target.zig_triple}",
            "INSTALL_NAME_DIR=@rpath",
            "PREFIX=/usr/local",
            f"DESTDIR={staged_root}",
            env=for_target(env, target),
        )
        shutil.copytree(staged_root / "usr/local", stage, symlinks=True)
        docs = stage / "share/doc/libhttpcodes"
        docs.mkdir(parents=True, exist_ok=True)
        for document in (*LICENSES, "CHANGELOG.md", "ffi-c/README.md"):
            shutil.copy(ROOT / document, docs)
        shutil.rmtree(staged_root)
        archive.pack(out / f"{name}.{target.archive_kind}", stage)


def cli(out: Path, env: dict[str, str]) -> None:
    """The `httpcodes` command per target: the binary with its licences and README."""
    for target in (target for target in targets.load() if target.archive):
        name = target.command_folder(version())
        say(name)
        build = ["build"] if target.is_windows else ["zigbuild"]
        run(
            "cargo",
            *build,
            "--locked",
            "--quiet",
            "--release",
            "-p",
            "httpcodes-cli",
            "--target",
            target.triple if target.is_windows else target.zig_triple,
            env=for_target(env, target),
        )
        binary = (
            ROOT
            / "target"
            / target.triple
            / "release"
            / ("httpcodes.exe" if target.is_windows else "httpcodes")
        )
        stage = BUILD / "dist-cli" / name
        shutil.rmtree(stage, ignore_errors=True)
        stage.mkdir(parents=True)
        for file in (binary, *LICENSES, "cli/README.md"):
            shutil.copy2(ROOT / file, stage)
        archive.pack(out / f"{name}.{target.archive_kind}", stage)


def sboms(out: Path, env: dict[str, str]) -> None:
    """A CycloneDX SBOM per artifact (cargo-cyclonedx for what a crate builds, `npm sbom` for the
    npm main package), then SHA256SUMS over every file."""
    cargo_tool("cargo-cyclonedx")
    with tempfile.TemporaryDirectory() as scratch:
        say("SBOMs of the crates each artifact is built from")
        # One SBOM beside every workspace member's Cargo.toml, each moved out. Every target's
        # dependencies are listed, so the SBOM is the same whatever machine makes it.
        run(
            "cargo",
            "cyclonedx",
            "--quiet",
            "--format",
            "json",
            "--spec-version",
            "1.5",
            "--target",
            "all",
            "--no-build-deps",
            "--override-filename",
            "httpcodes-sbom",
            env=env,
        )
        # Each member's SBOM, by its folder's name (sbom.py picks those of the artifacts).
        for member in members():
            shutil.move(member / "httpcodes-sbom.json", Path(scratch) / f"{member.name}.json")
        say("SBOM of the npm main package (npm sbom)")
        (Path(scratch) / "npm.json").write_text(
            output(
                "npm",
                "sbom",
                "--sbom-format",
                "cyclonedx",
                "--omit",
                "dev",
                "--package-lock-only",
                cwd=ROOT / "node",
            )
            + "\n"
        )
        if sbom.main(out, Path(scratch), str(ROOT)) != 0:
            raise SystemExit("no SBOM written")
    say("SHA256SUMS")
    files = sorted(
        path.relative_to(out).as_posix()
        for path in out.rglob("*")
        if path.is_file() and path.name != "SHA256SUMS"
    )
    sums = output("sha256sum", *files, cwd=out)
    (out / "SHA256SUMS").write_text(sums + "\n")


PARTS = {"python": python, "rust": rust, "c": c, "cli": cli, "node": npm.node, "sbom": sboms}


def main(out: Path, parts: list[str]) -> int:
    """Every part named, in the order of PARTS, into OUT; with every part, OUT must then hold
    exactly the artifacts targets.toml names, and their table is printed."""
    need("gcc-mingw-w64-x86-64", "libgcc-s1-arm64-cross", "advancecomp")
    out.mkdir(parents=True, exist_ok=True)
    env = build_environment()
    rust_targets(*(target.triple for target in targets.load()))
    for part, build in PARTS.items():
        if part in parts:
            build(out, env)
    if set(parts) != set(PARTS):
        return 0
    made = sorted(
        path.name for path in out.iterdir() if path.is_file() and path.name != "SHA256SUMS"
    )
    expected = targets.artifacts(version())
    if made != expected:
        say("the artifacts differ from targets.toml's:", *sorted(set(made) ^ set(expected)))
        return 1
    return table.main(out)
