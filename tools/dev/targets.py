"""The release targets (targets.toml) and every artifact name `make dist` derives from them."""

from dataclasses import dataclass
from pathlib import Path

import tomllib

TABLE = Path(__file__).with_name("targets.toml")
# Where a wheel is named by its Rust target's first part, and where by PyPI's.
WHEEL_ARCH = {"x86_64": "x86_64", "aarch64": "aarch64"}
MAC_ARCH = {"x86_64": "x86_64", "aarch64": "arm64"}


@dataclass(frozen=True)
class Npm:
    name: str
    os: str
    cpu: str
    libc: str | None


@dataclass(frozen=True)
class Runner:
    os: str
    shell: str


@dataclass(frozen=True)
class Target:
    triple: str
    wheel: str
    npm: Npm | None
    archive: str
    check: str
    glibc: str | None = None
    macos: str | None = None
    runner: Runner | None = None

    @property
    def arch(self) -> str:
        return self.triple.split("-")[0]

    @property
    def is_mac(self) -> bool:
        return "apple-darwin" in self.triple

    @property
    def is_windows(self) -> bool:
        return "windows" in self.triple

    @property
    def zig_triple(self) -> str:
        """The target as zig builds it: a gnu Linux one carries its glibc (`….2.17`)."""
        return f"{self.triple}.{self.glibc}" if self.glibc else self.triple

    @property
    def wheel_platform(self) -> str:
        """The platform tag of its wheel, as maturin names the file."""
        if self.wheel == "manylinux2014":
            arch = WHEEL_ARCH[self.arch]
            return f"manylinux2014_{arch}.manylinux_2_17_{arch}"
        if self.wheel.startswith("musllinux"):
            return f"{self.wheel}_{WHEEL_ARCH[self.arch]}"
        if self.is_mac:
            return f"macosx_{(self.macos or '').replace('.', '_')}_{MAC_ARCH[self.arch]}"
        if self.is_windows:
            return "win_amd64"
        raise SystemExit(f"targets.toml: no wheel tag for {self.triple}")

    def wheel_name(self, version: str) -> str:
        return f"httpcodes_py-{version}-cp39-abi3-{self.wheel_platform}.whl"

    def npm_name(self, version: str) -> str:
        assert self.npm
        return f"httpcodes-{self.npm.name}-{version}.tgz"

    @property
    def archive_kind(self) -> str:
        return "zip" if self.is_windows else "tar.gz"

    def library_folder(self, version: str) -> str:
        """The C archive's top folder; the archive is this name with `archive_kind`."""
        return f"libhttpcodes-{version}-{self.archive}"

    def command_folder(self, version: str) -> str:
        """The command archive's top folder; the archive is this name with `archive_kind`."""
        return f"httpcodes-cli-{version}-{self.triple}"

    def described(self, version: str) -> list["Artifact"]:
        """The files `make dist` makes for this target."""
        found = []
        if self.wheel:
            tag = f"cp39-abi3-{self.wheel_platform}"
            found.append(Artifact(self.wheel_name(version), tag, "py"))
        if self.npm:
            found.append(Artifact(self.npm_name(version), f"npm {self.npm.name}", "node"))
        if self.archive:
            library = f"{self.library_folder(version)}.{self.archive_kind}"
            found.append(Artifact(library, f"C library {self.archive}", "ffi-c"))
            command = f"{self.command_folder(version)}.{self.archive_kind}"
            found.append(Artifact(command, f"command {self.triple}", "cli"))
        return found

    def artifacts(self, version: str) -> list[str]:
        """The names of the files `make dist` makes for this target."""
        return [artifact.name for artifact in self.described(version)]


@dataclass(frozen=True)
class Artifact:
    """One file `make dist` makes, named here and nowhere else: what its table calls it, and the
    workspace member whose SBOM describes it (`npm` for the npm main package's own)."""

    name: str
    what: str
    sbom: str


def load() -> list[Target]:
    """Every target, in the table's order."""
    rows = tomllib.loads(TABLE.read_text())["target"]
    targets = []
    for row in rows:
        npm = row.pop("npm", None)
        runner = row.pop("runner", None)
        targets.append(
            Target(
                **row,
                npm=Npm(libc=npm.pop("libc", None), **npm) if npm else None,
                runner=Runner(**runner) if runner else None,
            )
        )
    return targets


@dataclass(frozen=True)
class PureWheel:
    """The pure-Python wheel: its tag, and the target whose abi3 wheel it is made from."""

    tag: str
    source: str
    check: str

    def artifact(self, version: str) -> str:
        return f"httpcodes_py-{version}-{self.tag}.whl"


def pure_wheel() -> PureWheel:
    row = tomllib.loads(TABLE.read_text())["pure_wheel"]
    return PureWheel(tag=row["tag"], source=row["from"], check=row["check"])


def npm_main_name(version: str) -> str:
    """The npm main package: the loader, the JavaScript and the pure-JS build."""
    return f"httpcodes-{version}.tgz"


def described(version: str) -> list[Artifact]:
    """Every file `make dist` makes, sorted by name: each target's, then those of no platform."""
    found = [artifact for target in load() for artifact in target.described(version)]
    pure = pure_wheel()
    found += [
        Artifact(pure.artifact(version), f"{pure.tag} (every other Python)", "py"),
        Artifact(f"httpcodes_py-{version}.tar.gz", "sdist (any platform with Rust)", "py"),
        Artifact(npm_main_name(version), "npm main package (any platform)", "npm"),
        Artifact(f"httpcodes-core-{version}.crate", "crates.io source", "core"),
        Artifact(f"httpcodes-cli-{version}.crate", "crates.io source", "cli"),
    ]
    return sorted(found, key=lambda artifact: artifact.name)


def artifacts(version: str) -> list[str]:
    """The names of every file `make dist` makes, sorted."""
    return [artifact.name for artifact in described(version)]


def npm_platforms() -> dict[str, list[str]]:
    """The npm platform packages that may hold a machine's addon, by Node's
    `${process.platform}-${process.arch}`, in the table's order (gnu before musl)."""
    found: dict[str, list[str]] = {}
    for target in load():
        if target.npm:
            found.setdefault(f"{target.npm.os}-{target.npm.cpu}", []).append(target.npm.name)
    return found


def describe() -> str:
    """The table as one line per target."""
    lines = []
    for target in load():
        npm = target.npm.name if target.npm else "-"
        wheel = target.wheel_platform if target.wheel else "-"
        lines.append(
            f"{target.triple:<28} {wheel:<42} {npm:<17} {target.archive or '-':<22} {target.check}"
        )
    pure = pure_wheel()
    lines.append(f"{'(pure Python)':<28} {pure.tag:<42} {'-':<17} {'-':<22} {pure.check}")
    return "\n".join(lines)
