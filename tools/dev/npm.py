"""The npm part of `make dist`, the napi-rs way: the addon for each target of targets.toml built
here (zig for Linux and macOS, Debian's mingw-w64 for Windows), each in its platform package
(npm/<platform>, filled by `napi artifacts`), and the main package with an optionalDependency on
every platform package (`napi pre-publish`, without publishing)."""

import filecmp
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

import targets
from cross import LICENSES, for_target, with_shared_unwinder
from repo import ROOT, output, run, say

PACKAGE = ROOT / "node"


def npm_ci(folder: Path) -> None:
    """`npm ci` in FOLDER, unless its node_modules already matches its lockfile."""
    installed = folder / "node_modules/.package-lock.json"
    lock = folder / "package-lock.json"
    if not installed.exists() or lock.stat().st_mtime > installed.stat().st_mtime:
        run("npm", "ci", "--no-audit", "--no-fund", cwd=folder)


NAPI = PACKAGE / "node_modules/.bin/napi"


def node(out: Path, env: dict[str, str]) -> None:
    """Every platform package of targets.toml and the main package, packed into OUT."""
    npm_ci(PACKAGE)
    built = [target for target in targets.load() if target.npm]
    with tempfile.TemporaryDirectory() as scratch:
        stage = Path(scratch)
        staged_copy(stage)
        libnode = empty_libnode(stage)
        for target in built:
            build_addon(target, stage / "artifacts", libnode, env)
        fill_packages(stage, built, env)
        refuse_a_loader_without_addon(stage)
        for leftover in ("artifacts", "libnode", "napi.here.json"):
            path = stage / leftover
            shutil.rmtree(path) if path.is_dir() else path.unlink()
        for target in built:
            assert target.npm
            platform = stage / "npm" / target.npm.name
            if not (platform / f"httpcodes.{target.npm.name}.node").exists():
                raise SystemExit(f"no addon for {target.npm.name}")
            pack(platform, out, target.triple)
        pack(stage, out, "any (loader and pure-JS build)")


def staged_copy(stage: Path) -> None:
    """The main package as `npm pack` takes it, and the platform packages, in a scratch copy:
    pre-publish writes into package.json, which stays as committed in node/."""
    manifest = json.loads((PACKAGE / "package.json").read_text())
    for name in ("package.json", "npm", *manifest["files"]):
        source = PACKAGE / name
        if source.is_dir():
            shutil.copytree(source, stage / name)
        else:
            shutil.copy(source, stage / name)


def empty_libnode(stage: Path) -> Path:
    """napi's build script for windows-gnu insists on a libnode.dll to link against; the addon
    looks Node-API up in node.exe at load time (node/Cargo.toml), so an empty DLL satisfies the
    script and nothing is imported from it (tests/dist/inspect_binaries.py checks). Its folder."""
    libnode = stage / "libnode"
    libnode.mkdir()
    (libnode / "empty.c").write_text("")
    run("x86_64-w64-mingw32-gcc", "-shared", "-o", libnode / "libnode.dll", libnode / "empty.c")
    return libnode


def build_addon(
    target: targets.Target, artifacts: Path, libnode: Path, env: dict[str, str]
) -> None:
    """TARGET's addon, with the size profile, into ARTIFACTS: mingw links the Windows one, zig
    (napi's --cross-compile) every other; a glibc one against the system's libgcc_s (cross.py)."""
    say(f"addon for {target.zig_triple}")
    cross = [] if target.is_windows else ["--cross-compile"]
    run(
        NAPI,
        "build",
        "--platform",
        "--profile",
        "addon",
        "--no-js",
        *cross,
        "--target",
        target.zig_triple,
        "--output-dir",
        artifacts,
        cwd=PACKAGE,
        env={**with_shared_unwinder(for_target(env, target), target), "LIBNODE_PATH": str(libnode)},
    )


def fill_packages(stage: Path, built: list[targets.Target], env: dict[str, str]) -> None:
    """Each addon into its platform package (`napi artifacts`), and the main package's
    optionalDependencies on them (`napi pre-publish`, which publishes nothing). Both want an
    addon for every target: they are given the targets built here."""
    manifest = json.loads((PACKAGE / "package.json").read_text())
    config = {**manifest["napi"], "targets": [target.triple for target in built]}
    (stage / "napi.here.json").write_text(json.dumps(config))
    config_args = ["--config-path", "napi.here.json", "--npm-dir", "npm"]
    run(NAPI, "artifacts", *config_args, "--output-dir", "artifacts", cwd=stage, env=env)
    run(
        NAPI,
        "pre-publish",
        *config_args,
        "--no-gh-release",
        "--skip-optional-publish",
        cwd=stage,
        env=env,
    )
    # `artifacts` also drops each addon beside the main package; the main package ships none.
    for addon in stage.glob("httpcodes.*.node"):
        addon.unlink()
    for file in ("index.js", "index.mjs", "generated/js.mjs"):
        if not filecmp.cmp(PACKAGE / file, stage / file, shallow=False):
            raise SystemExit(f"napi changed {file}")


def refuse_a_loader_without_addon(stage: Path) -> None:
    """With this host's platform package where npm would install it, the staged main package
    must answer from the addon, not the JS build."""
    machine = output("node", "-p", "process.platform + '-' + process.arch")
    host = targets.npm_platforms()[machine][0]
    modules = stage / "node_modules"
    modules.mkdir()
    (modules / f"httpcodes-{host}").symlink_to(stage / "npm" / host)
    checked = subprocess.run(
        ["node", ROOT / "tools/dev/check_loader.cjs", f"httpcodes-{host}"], cwd=stage, check=False
    )
    if checked.returncode != 0:
        raise SystemExit(
            f"the main package's loader finds no addon through httpcodes-{host}; not packing it"
        )
    shutil.rmtree(modules)


def pack(folder: Path, out: Path, what: str) -> None:
    """`npm pack` of FOLDER into OUT, with the licences (npm packs a package root's LICENSE
    files, but never a symbolic link, so they are copied); prints artifact, target and size."""
    for license_file in LICENSES:
        shutil.copy(ROOT / license_file, folder)
    file = output("npm", "pack", "--silent", "--pack-destination", out, cwd=folder)
    print(f"{file}\t{what}\t{(out / file).stat().st_size}")
