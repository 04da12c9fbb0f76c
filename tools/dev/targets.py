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

    def artifacts(self, version: str) -> list[str]:
        """The files `make dist` makes for this target."""
        names = []
        if self.wheel:
            names.append(f"httpcodes_py-{version}-cp39-abi3-{self.wheel_platform}.whl")
        if self.npm:
            names.append(f"httpcodes-{self.npm.name}-{version}.tgz")
        if self.archive:
            kind = "zip" if self.is_windows else "tar.gz"
            names.append(f"libhttpcodes-{version}-{self.archive}.{kind}")
            names.append(f"httpcodes-cli-{version}-{self.triple}.{kind}")
        return names


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


def artifacts(version: str) -> list[str]:
    """Every file `make dist` makes, sorted: each target's, then those of no platform."""
    names = [name for target in load() for name in target.artifacts(version)]
    names += [
        pure_wheel().artifact(version),
        f"httpcodes_py-{version}.tar.gz",
        f"httpcodes-{version}.tgz",
        f"httpcodes-core-{version}.crate",
        f"httpcodes-cli-{version}.crate",
    ]
    return sorted(names)


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
