"""What users do with a release, against the rehearsal's registries: `pip install --index-url` on
the oldest and the newest Python the suite runs on, `npm install --registry` with the package's
own install check, and a cargo project that depends on httpcodes-core from the registry, built
and run, beside `cargo install` of the command. Each answers every status of tests/vectors."""

import os
import shutil
import subprocess
from pathlib import Path

import targets
from repo import ROOT, output, run, say
from servers import Registries

VECTORS = ROOT / "tests/vectors"
STATUSES = len((VECTORS / "statuses.tsv").read_text().splitlines()) - 1

PYTHON_CHECK = """
import sys, httpcodes
rows = [line.split("\\t") for line in open(sys.argv[1]).read().splitlines()[1:]]
assert httpcodes.__version__ == sys.argv[2], httpcodes.__version__
for code, phrase, name, *_ in rows:
    assert httpcodes.reason_phrase(int(code)) == phrase, code
    assert httpcodes.name_of(int(code)) == name, code
    assert httpcodes.code_of(phrase) == int(code), phrase
print(f"pip: Python {sys.version.split()[0]} answered {len(rows)} statuses")
"""

RUST_MAIN = """
fn main() {
    let path = std::env::args().nth(1).expect("statuses.tsv");
    let text = std::fs::read_to_string(path).expect("readable");
    let mut count = 0;
    for line in text.lines().skip(1) {
        let fields: Vec<&str> = line.split('\\t').collect();
        let code: i64 = fields[0].parse().expect("a code");
        assert_eq!(httpcodes::reason_phrase(code), Some(fields[1]), "{code}");
        assert_eq!(httpcodes::name_of(code), Some(fields[2]), "{code}");
        count += 1;
    }
    println!("cargo: httpcodes-core from the registry answered {count} statuses");
}
"""


def user_environment(state: Path) -> dict[str, str]:
    """This environment without a local wheel folder or an npm or cargo cache of ours: every
    install comes from the rehearsal's registries (and crates.io for the crates' own deps)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "npm_config_"))}
    return {
        **env,
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
        "PIP_NO_CACHE_DIR": "1",
        "npm_config_cache": str(state / "npm-cache"),
        "CARGO_HOME": str(state / "cargo-home"),
        "CARGO_TARGET_DIR": str(state / "cargo-target"),
    }


def pythons() -> list[str]:
    """The oldest and the newest Python of tools/python.sh's list, found as it finds them."""
    script = 'source tools/python.sh; interpreter "${PYTHON_VERSIONS[0]}"; '
    script += 'interpreter "${PYTHON_VERSIONS[${#PYTHON_VERSIONS[@]}-1]}"'
    return output("bash", "-c", script).split()


def pip(registries: Registries, state: Path, version: str) -> None:
    env = user_environment(state)
    for python in pythons():
        venv = state / f"venv-{Path(python).resolve().parent.parent.name}"
        run(python, "-m", "venv", venv)
        index = f"--index-url={registries.pypi}simple/"
        run(venv / "bin/python", "-m", "pip", "install", "--quiet", index,
            f"httpcodes-py=={version}", env=env)  # fmt: skip
        run(venv / "bin/python", "-c", PYTHON_CHECK, VECTORS / "statuses.tsv", version, env=env)


def npm(registries: Registries, state: Path, version: str) -> None:
    host = output("rustc", "-vV").split("host: ")[1].split()[0]
    platform = next(t.npm.name for t in targets.load() if t.triple == host and t.npm)
    app = state / "npm-app"
    app.mkdir()
    (app / "package.json").write_text(
        '{ "name": "rehearsal", "version": "1.0.0", "private": true }'
    )
    run("npm", "install", "--no-audit", "--no-fund", "--loglevel=error",
        f"--registry={registries.npm}", f"httpcodes@{version}", cwd=app,
        env=user_environment(state))  # fmt: skip
    # The check requires `httpcodes` as a user's file does: from inside the project.
    shutil.copy(ROOT / "tools/dev/check_npm_install.cjs", app)
    run("node", "check_npm_install.cjs", platform, VECTORS, cwd=app)


def cargo(registries: Registries, state: Path, version: str) -> None:
    env = user_environment(state)
    home = Path(env["CARGO_HOME"])
    home.mkdir()
    # The command's crate, packed for crates.io, names crates.io as its core's registry: the
    # patch takes that core from the rehearsal's registry instead, as crates.io would serve it.
    (home / "config.toml").write_text(
        f'[registries.rehearsal]\nindex = "{registries.crates_index}"\n\n[patch.crates-io]\n'
        f'httpcodes-core = {{ version = "={version}", registry = "rehearsal" }}\n'
    )
    app = state / "cargo-app"
    (app / "src").mkdir(parents=True)
    (app / "Cargo.toml").write_text(
        # [workspace]: a project of its own, though it sits inside the repository's folder.
        '[package]\nname = "rehearsal"\nversion = "0.1.0"\nedition = "2021"\n\n[workspace]\n\n'
        "[dependencies]\n"
        f'httpcodes-core = {{ version = "={version}", registry = "rehearsal" }}\n'
    )
    (app / "src/main.rs").write_text(RUST_MAIN)
    run("cargo", "run", "--quiet", "--", VECTORS / "statuses.tsv", cwd=app, env=env)
    # The command's crate is a program, not a library: its users `cargo install` it.
    root = state / "cargo-installed"
    run("cargo", "install", "--quiet", "--registry", "rehearsal", "--root", root,
        "httpcodes-cli", "--version", f"={version}", cwd=state, env=env)  # fmt: skip
    answer = subprocess.run(
        [root / "bin/httpcodes", "--list"], capture_output=True, text=True, check=True
    ).stdout
    if len(answer.splitlines()) != STATUSES:
        raise SystemExit(f"cargo install: httpcodes --list gave {len(answer.splitlines())} lines")
    say(f"cargo install: httpcodes-cli {version} from the registry lists {STATUSES} statuses")


def all_installs(registries: Registries, state: Path, version: str) -> list[str]:
    """Every install; what each proved, for the summary."""
    pip(registries, state, version)
    npm(registries, state, version)
    cargo(registries, state, version)
    return [
        f"pip install --index-url on {len(pythons())} Pythons",
        "npm install --registry with check_npm_install.cjs",
        "a cargo project on httpcodes-core, built and run",
        "cargo install httpcodes-cli, run",
    ]
