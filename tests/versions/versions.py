"""Fails when any place that carries httpcodes' version disagrees with Cargo.toml's
[workspace.package] version, the one place a person types it.

    python3 tests/versions/versions.py                # the sources (`make lint`)
    python3 tests/versions/versions.py --stage STAGE  # and an installed C library (`make test-c`)

STAGE is a `make install` tree (the Makefile's build/stage), for the .pc, the CMake version file
and the shared library's SONAME. `make version V=X.Y.Z` writes every place the sources carry.
"""

import json
import re
import subprocess
import sys
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parents[2]
# The ABI rule is tools/dev's, the one the Makefile applies; this checks the built library by it.
sys.path.insert(0, str(ROOT / "tools/dev"))
from repo import abi_name  # noqa: E402

ABI_NAME = "the shared library's ABI name"


def workspace_version() -> str:
    manifest = tomllib.loads((ROOT / "Cargo.toml").read_text())
    version: str = manifest["workspace"]["package"]["version"]
    return version


def node_versions() -> list[tuple[str, str]]:
    """Every version the npm packages carry: their own, their lockfile's, their optional deps'."""
    found = []
    for manifest in sorted((ROOT / "node").rglob("package.json")):
        if "node_modules" in manifest.parts:
            continue
        package = json.loads(manifest.read_text())
        where = manifest.relative_to(ROOT)
        found.append((f"{where} version", package["version"]))
        for name, wanted in package.get("optionalDependencies", {}).items():
            found.append((f"{where} optionalDependencies {name}", wanted))
    lock = json.loads((ROOT / "node/package-lock.json").read_text())
    found.append(("node/package-lock.json version", lock["version"]))
    found.append(('node/package-lock.json packages[""]', lock["packages"][""]["version"]))
    return found


def crate_requirements() -> list[tuple[str, str]]:
    """The version each published crate asks of a sibling (`httpcodes-core = { version = … }`)."""
    found = []
    for manifest in sorted(ROOT.glob("*/Cargo.toml")):
        package = tomllib.loads(manifest.read_text())
        for name, dependency in package.get("dependencies", {}).items():
            if isinstance(dependency, dict) and "path" in dependency and "version" in dependency:
                where = f"{manifest.relative_to(ROOT)} dependency {name}"
                found.append((where, dependency["version"].lstrip("=^")))
    return found


def header_versions() -> list[tuple[str, str]]:
    header = (ROOT / "include/httpcodes.h").read_text()
    macro = dict(re.findall(r"#define HTTPCODES_VERSION(\w*) (\S+)", header))
    return [
        ("include/httpcodes.h HTTPCODES_VERSION", macro.get("", "").strip('"')),
        (
            "include/httpcodes.h MAJOR.MINOR.PATCH",
            ".".join(macro.get(part, "?") for part in ("_MAJOR", "_MINOR", "_PATCH")),
        ),
    ]


def c_versions(stage: Path, version: str) -> list[tuple[str, str]]:
    pc = (stage / "lib/pkgconfig/httpcodes.pc").read_text()
    cmake = (stage / "lib/cmake/httpcodes/httpcodesConfigVersion.cmake").read_text()
    return [
        ("httpcodes.pc Version", re.search(r"^Version: (.*)$", pc, re.M)[1]),  # type: ignore[index]
        (
            "httpcodesConfigVersion.cmake",
            re.search(r'set\(PACKAGE_VERSION "([^"]*)"\)', cmake)[1],  # type: ignore[index]
        ),
        *abi_names(stage, version),
    ]


def abi_names(stage: Path, version: str) -> list[tuple[str, str]]:
    """The ABI name the shared library records for its users: an ELF SONAME, or a Mach-O install
    name; none on Windows, where a DLL is found by its file name."""
    elf = stage / f"lib/libhttpcodes.so.{version}"
    if elf.exists():
        dynamic = output("readelf", "-d", str(elf))
        soname = re.search(r"Library soname: \[libhttpcodes\.so\.([^\]]+)\]", dynamic)
        return [(ABI_NAME, "(none)" if soname is None else soname[1])]
    for dylib in (stage / "lib").glob("libhttpcodes.*.dylib"):
        # `otool -D` prints the file, then its install name.
        install_name = output("otool", "-D", str(dylib)).splitlines()[-1]
        named = re.search(r"libhttpcodes\.(.+)\.dylib$", install_name)
        return [(ABI_NAME, "(none)" if named is None else named[1])]
    return []


def output(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def main(stage: Path | None) -> int:
    version = workspace_version()
    checks = node_versions() + crate_requirements() + header_versions()
    if stage is not None:
        checks += c_versions(stage, version)
    expected = {ABI_NAME: abi_name(version)}
    wrong = [(what, got) for what, got in checks if got != expected.get(what, version)]
    for what, got in wrong:
        print(f"error: {what} is {got!r}; Cargo.toml says {version}", file=sys.stderr)
    if not wrong:
        print(f"versions: {len(checks)} places agree with Cargo.toml's {version}")
    return 1 if wrong else 0


if __name__ == "__main__":
    arguments = sys.argv[1:]
    if arguments not in ([], ["--stage", *arguments[1:2]]) or len(arguments) == 1:
        sys.exit("usage: versions.py [--stage STAGE]")
    sys.exit(main(Path(arguments[1]) if arguments else None))
