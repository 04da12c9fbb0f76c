"""The whole Node suite (tests/node/*.test.mjs) against the npm tarballs as npm installs them
offline, for `tools/dev install-test`: the suite runs from a scratch copy of tests/node whose
`httpcodes` is the installed main package (with its platform package beside it), not node/.
The suite's own tools (eslint, typescript, the peer package) come from tests/node's `npm ci`;
the rest of the repository it reads is linked or copied beside it."""

import os
import shutil
from pathlib import Path

from repo import ROOT, run, say

SUITE = ROOT / "tests/node"
# What the suite reads beside it by relative paths (`../vectors/`, `../../core/src/…`): data,
# linked. fuzz/ and Cargo.toml are copied, since a module resolves `httpcodes` from where it is.
LINKED = ["core", "tools", "spec", "tests/vectors", "tests/compat"]
COPIED = ["fuzz", "Cargo.toml"]


def link(target: Path, link_path: Path) -> None:
    link_path.parent.mkdir(parents=True, exist_ok=True)
    os.symlink(target, link_path, target_is_directory=target.is_dir())


def installed(tarballs: list[Path], scratch: Path) -> Path:
    """The node_modules folder where `npm install --offline` put TARBALLS."""
    app = scratch / "installed"
    app.mkdir(parents=True)
    (app / "package.json").write_text(
        '{ "name": "install-test", "version": "1.0.0", "private": true }\n'
    )
    npm = shutil.which("npm") or "npm"
    # --offline: the tarballs are files, and nothing else may come from a registry (npm would
    # otherwise ask it for the other platforms' optional packages).
    run(npm, "install", "--offline", "--no-audit", "--no-fund", "--loglevel=error", *tarballs,
        cwd=app)  # fmt: skip
    return app / "node_modules"


def tree(modules: Path, platform: str, scratch: Path) -> Path:
    """A scratch repository layout whose node/ is the installed package, every `httpcodes` the
    suite resolves is that one, and tests/node is a copy of the suite: its folder."""
    root = scratch / "tree"
    suite = root / "tests/node"
    shutil.copytree(SUITE, suite, symlinks=True, ignore=shutil.ignore_patterns("httpcodes"))
    shutil.copytree(modules / "httpcodes", root / "node")
    # hostile.test.mjs loads the addon file beside the package directly: the platform package's,
    # under a name the loader never tries, so the package still loads it from its own package.
    addon = next((modules / f"httpcodes-{platform}").glob("*.node"))
    shutil.copyfile(addon, root / "node/httpcodes.released.node")
    # The platform packages' manifests, as the repository keeps them (package.test.mjs reads them).
    link(ROOT / "node/npm", root / "node/npm")
    for name in LINKED:
        link(ROOT / name, root / name)
    for name in COPIED:
        copy = shutil.copytree if (ROOT / name).is_dir() else shutil.copyfile
        copy(ROOT / name, root / name)
    for folder in (suite / "node_modules", root / "node_modules"):
        link(root / "node", folder / "httpcodes")
        link(modules / f"httpcodes-{platform}", folder / f"httpcodes-{platform}")
    return suite


def suite(tarballs: list[Path], platform: str, scratch: Path) -> None:
    """Runs every test file of tests/node against the installed TARBALLS."""
    npm = shutil.which("npm") or "npm"
    run(npm, "ci", "--no-audit", "--no-fund", "--loglevel=error", cwd=SUITE)
    folder = tree(installed(tarballs, scratch), platform, scratch)
    tests = sorted(str(path) for path in folder.glob("*.test.mjs"))
    say(f"the Node suite ({len(tests)} files) against the installed tarballs")
    env = {**os.environ, "HTTPCODES_EXPECT_BACKEND": "native"}
    run("node", "--test", *tests, cwd=folder, env=env)
