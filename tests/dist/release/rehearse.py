"""The release rehearsal: `tools/dev publish` against real registry servers on 127.0.0.1, and
against our own stand-in for GitHub's REST API for releases (github_api.py: not GitHub), with
the dist/ that `make dist` built and `make test-dist` tested.

    python3 tests/dist/release/rehearse.py DIST

In order: a wrong tag and a changed file are each refused with nothing published; the first
publish sends every artifact of SHA256SUMS (to its registry, and every file to the GitHub
release) and reads each back; users install from the registries; a second publish publishes
nothing. The servers stop and the state folder (build/rehearsal) is removed, whatever happens.
The closing lines are the summary."""

import gzip
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools/dev"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import installs
from publish import read_sums
from publish_http import sha256
from repo import BUILD, ROOT, run, say, version
from servers import Registries

STATE = BUILD / "rehearsal"
REGISTRY_KINDS = (".crate", ".whl", ".tgz")


def publish(registries: Registries, dist: Path, tag: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(ROOT / "tools/dev"), "publish", str(dist), f"--tag={tag}"]
    command += [f"--checkout={STATE / 'checkout'}", *registries.publish_arguments()]
    env = {**installs.user_environment(STATE), **registries.tokens()}
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    sys.stderr.write(done.stderr)
    return done


def refused(registries: Registries, dist: Path, tag: str, why: str) -> str:
    done = publish(registries, dist, tag)
    if done.returncode == 0 or "refused" not in done.stderr:
        raise SystemExit(f"rehearsal: publish was not refused for {why}")
    return done.stderr.strip().splitlines()[-1].removeprefix("tools/dev publish: refused: ")


def counted(done: subprocess.CompletedProcess[str]) -> str:
    if done.returncode != 0:
        raise SystemExit("rehearsal: publish failed")
    sys.stdout.write(done.stdout)
    return done.stdout.strip().splitlines()[-1]


def changed_copy(dist: Path) -> tuple[Path, str]:
    """A copy of DIST with one byte of its first wheel changed, and that wheel's name."""
    copy = STATE / "changed-dist"
    shutil.copytree(dist, copy)
    wheel = sorted(copy.glob("*.whl"))[0]
    data = bytearray(wheel.read_bytes())
    data[len(data) // 2] ^= 0xFF
    wheel.write_bytes(bytes(data))
    return copy, wheel.name


def regzipped_copy(dist: Path) -> Path:
    """A copy of DIST whose command crate holds the same files, compressed again (other bytes,
    the same version), with SHA256SUMS naming its new bytes: what a registry must refuse."""
    copy = STATE / "regzipped-dist"
    shutil.copytree(dist, copy)
    crate = next(path for path in sorted(copy.glob("*.crate")) if "-core-" not in path.name)
    old = sha256(crate.read_bytes())
    crate.write_bytes(gzip.compress(gzip.decompress(crate.read_bytes()), compresslevel=1, mtime=0))
    sums = (copy / "SHA256SUMS").read_text().replace(old, sha256(crate.read_bytes()))
    (copy / "SHA256SUMS").write_text(sums)
    return copy


def changed_asset_copy(dist: Path, only_released: list[str]) -> tuple[Path, str]:
    """A copy of DIST with one byte changed in the first file that only the GitHub release gets,
    and SHA256SUMS naming its new bytes: every registry skips, the release must refuse it."""
    copy = STATE / "changed-asset-dist"
    shutil.copytree(dist, copy)
    name = sorted(only_released)[0]
    data = bytearray((copy / name).read_bytes())
    old = sha256(bytes(data))
    data[len(data) // 2] ^= 0xFF
    (copy / name).write_bytes(bytes(data))
    sums = (copy / "SHA256SUMS").read_text().replace(old, sha256(bytes(data)))
    (copy / "SHA256SUMS").write_text(sums)
    return copy, name


def empty(registries: Registries, names: list[str]) -> bool:
    """True when no registry holds anything yet: nothing was published."""
    nothing_in_npm = all(
        subprocess.run(
            ["npm", "view", name, f"--registry={registries.npm}"], capture_output=True, check=False
        ).returncode
        != 0
        for name in names
    )
    crates = [p for p in (STATE / "crates").rglob("*") if p.is_file() and ".git" not in p.parts]
    uploads = [p for p in registries.github_releases.rglob("*") if p.is_file()]
    return (
        nothing_in_npm and not any((STATE / "pypi").iterdir()) and len(crates) == 1 and not uploads
    )


def released(registries: Registries, sums: dict[str, str], tag: str) -> int:
    """How many files of SUMS the GitHub stand-in holds for TAG with the bytes SUMS names, read
    from its storage (not from what publish said); stops when one is missing or other bytes."""
    folder = registries.github_releases / tag
    for name, digest in sums.items():
        held = folder / Path(name).name
        if not held.is_file() or sha256(held.read_bytes()) != digest:
            raise SystemExit(f"rehearsal: the GitHub stand-in does not hold {name} as SHA256SUMS")
    return len(sums)


def rehearse(dist: Path) -> list[str]:
    v = version()
    sums = read_sums(dist)
    to_registries = [n for n in sums if "/" not in n and n.endswith(REGISTRY_KINDS)]
    to_registries += [n for n in sums if n.startswith("httpcodes_py-") and n.endswith(".tar.gz")]
    artifacts = [name for name in sums if "/" not in name]
    checkout = STATE / "checkout"
    run("git", "clone", "--quiet", "--shared", ROOT, checkout)
    run("git", "tag", f"v{v}", cwd=checkout)
    # A commit after the tag, in this scratch clone only: the checkout is then not the tag's.
    run("git", "-c", "user.name=rehearsal", "-c", "user.email=rehearsal@localhost", "commit",
        "--quiet", "--allow-empty", "--message=after the tag", cwd=checkout)  # fmt: skip
    lines = [
        f"SHA256SUMS lists {len(artifacts)} artifacts and {len(sums) - len(artifacts)} SBOMs; "
        f"{len(to_registries)} artifacts go to the registries, every file to the GitHub release"
    ]
    with Registries(STATE) as registries:
        npm_names = sorted({n.rsplit(f"-{v}", 1)[0] for n in to_registries if n.endswith(".tgz")})
        lines.append("refused: " + refused(registries, dist, f"v{v}", "a commit after the tag"))
        run("git", "checkout", "--quiet", f"v{v}", cwd=checkout)
        lines.append("refused: " + refused(registries, dist, f"v{v}-rc1", "a wrong tag"))
        copy, wheel = changed_copy(dist)
        lines.append("refused: " + refused(registries, copy, f"v{v}", f"a changed {wheel}"))
        if not empty(registries, npm_names):
            raise SystemExit("rehearsal: a refused publish left something in a registry")
        lines.append("after the three refusals every registry and the GitHub stand-in are empty")
        first = counted(publish(registries, dist, f"v{v}"))
        assets = len(sums) + 1  # every file of SHA256SUMS, flat, and SHA256SUMS itself
        if f"{len(to_registries)} published and read back" not in first or (
            f"{assets} uploaded and read back" not in first
        ):
            raise SystemExit(
                f"rehearsal: the first publish did not publish every artifact: {first}"
            )
        lines.append(f"first run: {first}")
        held = released(registries, sums, f"v{v}")
        lines.append(
            f"every one of the {len(artifacts)} artifacts SHA256SUMS lists was published and read "
            f"back byte for byte: {len(to_registries)} to the registries, all {len(artifacts)} "
            f"(with the {held - len(artifacts)} SBOMs) to the GitHub release on our stand-in for "
            "GitHub's API (tests/dist/release/github_api.py, not GitHub)"
        )
        lines += [f"installed: {what}" for what in installs.all_installs(registries, STATE, v)]
        second = counted(publish(registries, dist, f"v{v}"))
        if (
            " 0 published" not in second
            or f"{len(to_registries)} already there" not in second
            or f"0 uploaded and read back, {assets} already there" not in second
        ):
            raise SystemExit(f"rehearsal: the second publish was not a no-op: {second}")
        lines.append(f"second run: {second}")
        other = regzipped_copy(dist)
        lines.append("refused: " + refused(registries, other, f"v{v}", "other bytes, same version"))
        only_released = [name for name in artifacts if name not in to_registries]
        other, asset = changed_asset_copy(dist, only_released)
        lines.append("refused: " + refused(registries, other, f"v{v}", f"other bytes of {asset}"))
        held = released(registries, sums, f"v{v}")
        lines.append(f"after the refusals the release still holds its {held} files as published")
    return lines


def main() -> int:
    dist = Path(sys.argv[1]).resolve()
    shutil.rmtree(STATE, ignore_errors=True)
    STATE.mkdir(parents=True)
    try:
        lines = rehearse(dist)
    finally:
        shutil.rmtree(STATE, ignore_errors=True)
    left = "none" if not STATE.exists() else "some (a bug)"
    lines.append(f"servers stopped; files left in {STATE.relative_to(ROOT)}: {left}")
    say("release rehearsal: summary")
    for line in lines:
        print(f"release rehearsal: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
