"""pip's choice among the wheels of `make dist` for each kind of Python, as its users' pip makes
it (`pip download --only-binary=:all: --python-version … --implementation … --abi …
--platform … --find-links DIST --no-index`): an abi3 wheel on CPython 3.9 to 3.13 wherever one
is built, and the pure wheel (py3-none-any) on free-threaded CPython (cp313t, cp314t), on PyPy
and on Pyodide, which no abi3 wheel fits.

    python tests/dist/pip_tags.py DIST   # with the pinned pip of tests/dist/requirements-pip.txt

Prints one line per Python; exits 1 if pip chose otherwise for any of them.
"""

import subprocess
import sys
import tempfile
from pathlib import Path

PURE = "py3-none-any"
# (who, --python-version, --implementation, --abi, --platform, the wheel pip must choose: the
# abi3 one built for that platform, or the pure one)
CASES = [
    *(
        (f"CPython 3.{minor}", f"3.{minor}", "cp", f"cp3{minor}", platform, "abi3")
        for minor in range(9, 14)
        for platform in ("manylinux_2_17_x86_64", "win_amd64")
    ),
    ("CPython 3.13", "3.13", "cp", "cp313", "manylinux_2_17_aarch64", "abi3"),
    ("CPython 3.13", "3.13", "cp", "cp313", "musllinux_1_2_x86_64", "abi3"),
    ("CPython 3.13", "3.13", "cp", "cp313", "macosx_11_0_arm64", "abi3"),
    ("CPython 3.13t (free-threaded)", "3.13", "cp", "cp313t", "manylinux_2_17_x86_64", PURE),
    ("CPython 3.13t (free-threaded)", "3.13", "cp", "cp313t", "win_amd64", PURE),
    ("CPython 3.14t (free-threaded)", "3.14", "cp", "cp314t", "manylinux_2_17_x86_64", PURE),
    ("CPython 3.14t (free-threaded)", "3.14", "cp", "cp314t", "macosx_11_0_arm64", PURE),
    ("PyPy 7.3 (Python 3.9)", "3.9", "pp", "pypy39_pp73", "manylinux_2_17_x86_64", PURE),
    ("PyPy 7.3 (Python 3.10)", "3.10", "pp", "pypy310_pp73", "manylinux_2_17_x86_64", PURE),
    ("PyPy 7.3 (Python 3.11)", "3.11", "pp", "pypy311_pp73", "win_amd64", PURE),
    ("Pyodide 314 (Python 3.14)", "3.14", "cp", "cp314", "pyodide_2026_0_wasm32", PURE),
]


def chosen(dist: Path, version: str, implementation: str, abi: str, platform: str) -> str:
    """The file pip downloads for that Python from DIST alone, or pip's complaint."""
    pip = [sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check"]
    pip += ["--no-deps", "--only-binary=:all:", "--no-index", "--find-links", str(dist)]
    pip += ["--python-version", version, "--implementation", implementation]
    with tempfile.TemporaryDirectory() as dest:
        done = subprocess.run(
            [*pip, "--abi", abi, "--platform", platform, "--dest", dest, "httpcodes-py"],
            capture_output=True,
            text=True,
            check=False,
        )
        files = [path.name for path in Path(dest).iterdir()]
    if done.returncode != 0 or len(files) != 1:
        return "no wheel: " + (done.stderr.strip().splitlines() or ["?"])[-1]
    return files[0]


def main(dist: Path) -> int:
    import pip  # noqa: PLC0415 - only to name the pip that chose

    print(f"pip {pip.__version__} choosing from {dist}")
    wrong = 0
    for who, version, implementation, abi, platform, wanted in CASES:
        name = chosen(dist, version, implementation, abi, platform)
        if wanted == PURE:
            ok = name.endswith(f"-{PURE}.whl")
        else:
            ok = f"-{wanted}-" in name and platform in name and name.endswith(".whl")
        wrong += not ok
        tags = f"{implementation}{version.replace('.', '')} {abi} {platform}"
        print(f"{'ok  ' if ok else 'FAIL'} {who:<30} {tags:<45} -> {name}")
    print(f"pip tags: {len(CASES) - wrong} of {len(CASES)} Pythons get the wheel they should")
    return 1 if wrong else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: pip_tags.py DIST")
    sys.exit(main(Path(sys.argv[1])))
