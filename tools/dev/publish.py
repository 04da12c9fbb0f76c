"""`tools/dev publish DIST`: the release, as one program, from the files `make dist` verified.

It refuses unless the tag is `v` + the workspace version and the checkout is the tagged commit,
then checks every file against SHA256SUMS before anything is sent. It publishes in dependency
order (the crates, core's first; the wheels and the sdist; the npm platform packages, then the
main one; the GitHub release), reads each upload back and compares it with SHA256SUMS. It can be
run again: a file the registry has with the same bytes is skipped and reported; one it has with
other bytes stops the release. Registry and GitHub API URLs come from its arguments (GitHub's
from $GITHUB_API_URL and $GITHUB_REPOSITORY on Actions), tokens from the environment
(GITHUB_TOKEN for the release), and no step here compiles or runs the project's or a
dependency's code."""

import argparse
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import publish_crates
import publish_github
import publish_npm
import publish_pypi
import targets
from publish_http import Refused, sha256
from repo import output, say
from repo import version as workspace_version


@dataclass
class Tally:
    published: int = 0
    skipped: int = 0

    def count(self, name: str, outcome: str) -> None:
        if outcome == "published":
            self.published += 1
            say(f"published {name}, read back: the bytes SHA256SUMS names")
        else:
            self.skipped += 1
            say(f"skipped {name}: the registry has these very bytes already")


def add_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument("dist", type=Path, help="the folder make dist wrote")
    command.add_argument("--tag", default=os.environ.get("GITHUB_REF_NAME"), help="vX.Y.Z")
    command.add_argument("--checkout", type=Path, default=None, help="the tagged checkout (.)")
    command.add_argument(
        "--check-tag", action="store_true", help="only check the tag and the checkout, then stop"
    )
    command.add_argument("--crates-api", default="https://crates.io")
    command.add_argument("--crates-index", default="sparse+https://index.crates.io/")
    command.add_argument("--pypi-upload", default="https://upload.pypi.org/legacy/")
    command.add_argument("--pypi-simple", default="https://pypi.org/simple/")
    command.add_argument("--npm-registry", default="https://registry.npmjs.org/")
    command.add_argument("--npm-provenance", action="store_true", help="on GitHub Actions")
    command.add_argument(
        "--github", choices=["release", "dry-run"], default="release", help="dry-run: print it"
    )
    command.add_argument(
        "--github-api", default=os.environ.get("GITHUB_API_URL", "https://api.github.com")
    )
    command.add_argument(
        "--github-repository", default=os.environ.get("GITHUB_REPOSITORY"), help="owner/name"
    )


def checked_tag(tag: str | None, checkout: Path) -> str:
    """TAG, when it is v + the checkout's version and names the checked-out commit."""
    version = workspace_version(checkout)
    if tag != f"v{version}":
        raise Refused(f"the tag {tag!r} is not v{version}, the workspace's version")
    head = output("git", "rev-parse", "HEAD", cwd=checkout)
    tagged = output("git", "rev-parse", f"refs/tags/{tag}^{{commit}}", cwd=checkout)
    if head != tagged:
        raise Refused(f"the checkout is {head}, the tag {tag} is {tagged}")
    return version


def read_sums(dist: Path) -> dict[str, str]:
    """DIST/SHA256SUMS as {name: sha256}."""
    lines = (dist / "SHA256SUMS").read_text().splitlines()
    return {name.lstrip("*"): digest for digest, name in (line.split(maxsplit=1) for line in lines)}


def checked_sums(dist: Path, version: str) -> dict[str, str]:
    """SHA256SUMS as {name: sha256}, once every file it names has those bytes, it names every
    file of DIST, and it holds every artifact the target table makes."""
    sums = read_sums(dist)
    for name, digest in sums.items():
        if not (dist / name).is_file() or sha256((dist / name).read_bytes()) != digest:
            raise Refused(f"dist/{name} is not the file SHA256SUMS names")
    files = {p.relative_to(dist).as_posix() for p in dist.rglob("*") if p.is_file()}
    unlisted = sorted(files - set(sums) - {"SHA256SUMS"})
    missing = sorted(set(targets.artifacts(version)) - set(sums))
    if unlisted or missing:
        raise Refused(f"SHA256SUMS leaves out {unlisted}, or lacks {missing}")
    return sums


def artifacts(sums: dict[str, str], suffixes: tuple[str, ...], start: str = "") -> list[str]:
    return sorted(n for n in sums if "/" not in n and n.endswith(suffixes) and n.startswith(start))


def main(args: argparse.Namespace) -> int:
    dist = args.dist.resolve()
    version = checked_tag(args.tag, (args.checkout or Path.cwd()).resolve())
    if args.check_tag:
        print(f"publish: the tag {args.tag} is v{version} and names the checked-out commit")
        return 0
    sums = checked_sums(dist, version)
    say(f"SHA256SUMS: {len(sums)} files, every one as make dist wrote it")
    github = publish_github.Api(
        args.github_api, args.github_repository or "", os.environ.get("GITHUB_TOKEN", "")
    )
    if args.github == "release" and not (github.token and github.repository):
        # Checked before the first upload: a release must not stop half-published for want of it.
        raise Refused("the GitHub release needs GITHUB_TOKEN and --github-repository (owner/name)")
    tally = Tally()
    crates = publish_crates.Registry(
        args.crates_api, args.crates_index, os.environ.get("CARGO_REGISTRY_TOKEN", "")
    )
    crate_files = [dist / name for name in artifacts(sums, (".crate",))]
    ours = {publish_crates.manifest(file)[0]["package"]["name"] for file in crate_files}
    for file in publish_crates.order(crate_files):
        tally.count(file.name, publish_crates.publish(file, sums[file.name], ours, crates))
    token = os.environ.get("PYPI_TOKEN") or publish_pypi.trusted_token(args.pypi_upload)
    index = publish_pypi.Index(args.pypi_upload, args.pypi_simple, token)
    for name in artifacts(sums, (".whl", ".tar.gz"), "httpcodes_py-"):
        tally.count(name, publish_pypi.publish(dist / name, sums[name], index))
    npm = publish_npm.Registry(args.npm_registry, args.npm_provenance)
    for file in publish_npm.order([dist / name for name in artifacts(sums, (".tgz",))]):
        tally.count(file.name, publish_npm.publish(file, sums[file.name], npm))
    registries = tally.published + tally.skipped
    with tempfile.TemporaryDirectory() as scratch:
        assets = publish_github.stage(dist, sums, Path(scratch))
        released, kept = publish_github.publish(
            assets, args.tag, None if args.github == "dry-run" else github
        )
    print(
        f"publish {args.tag}: {registries} artifacts in the registries, {tally.published} "
        f"published and read back, {tally.skipped} already there (skipped); GitHub release: "
        + (
            f"{len(assets)} assets checked, not uploaded (dry run)"
            if args.github == "dry-run"
            else f"{len(assets)} assets (the {len(sums)} files of SHA256SUMS and SHA256SUMS), "
            f"{released} uploaded and read back, {kept} already there (skipped)"
        )
    )
    return 0


def release_assets(dist: Path, out: Path) -> int:
    """`tools/dev release-assets DIST OUT`: the GitHub release's files, staged flat in OUT."""
    dist = dist.resolve()
    sums = read_sums(dist)
    files = publish_github.stage(dist, sums, out.resolve())
    say(f"release-assets: {len(files)} files in {out}, SHA256SUMS naming them as they are")
    return 0
