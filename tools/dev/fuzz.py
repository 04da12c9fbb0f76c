"""Differential fuzzing of every door, with core's contract as the oracle (fuzz/README.md).

Everything built or found lands in build/fuzz/<door>/: corpus/ for new inputs, crashes/ for
reproducers, last-run.log for the fuzzer's output."""

import os
import re
import subprocess
import time
from pathlib import Path

from machine import cargo_tool, need, nightly, pinned_venv
from repo import BUILD, ROOT, environment, output, run, say, skipped

# The doors `fuzz run` knows, in the order it fuzzes them.
DOORS = [
    "core/reverse_lookup",
    "core/from_str",
    "core/forward",
    "core/check_head",
    "c",
    "python",
    "node",
]
OUT = BUILD / "fuzz"
FUZZ = ROOT / "fuzz"
# Coverage instrumentation for the Rust code under the C harness, as cargo-fuzz adds it.
SANCOV = " ".join(
    [
        "-Cpasses=sancov-module",
        "-Cllvm-args=-sanitizer-coverage-level=4",
        "-Cllvm-args=-sanitizer-coverage-inline-8bit-counters",
        "-Cllvm-args=-sanitizer-coverage-pc-table",
        "-Cllvm-args=-sanitizer-coverage-trace-compares",
    ]
)
C_FLAGS = [
    "-std=c99",
    "-Wall",
    "-Wextra",
    "-Werror",
    "-g",
    "-fno-sanitize-recover=undefined",
    f"-I{ROOT / 'include'}",
    f"-I{ROOT / 'tests/c'}",
]
ENV = environment(HTTPCODES_VECTORS=str(ROOT / "tests/vectors"))


def python_venv() -> Path:
    """build/fuzz/python/venv: atheris (fuzz/python/requirements.txt) and the wheel, made with
    the shared Python set-up (tools/python.sh), whose interpreter and wheel it shares; the folder
    of its programs."""
    interpreter = output("bash", "-c", 'source tools/python.sh && interpreter "$TOOLS_VERSION"')
    programs = pinned_venv(OUT / "python/venv", [FUZZ / "python/requirements.txt"], interpreter)
    run("bash", "-c", f'source tools/python.sh && install_wheel "$(build_wheel)" "{programs}"')
    return programs


def node_builds() -> None:
    """The addon (release) and fuzz/node's fast-check."""
    run("tests/node/run.sh", "build")
    run("npm", "ci", "--no-audit", "--no-fund", cwd=FUZZ / "node")


def c_fuzzer() -> Path:
    """The C harness against the dist-c libhttpcodes.a (what `make stage` installs: no std,
    panic=abort), rebuilt with coverage instrumentation so libFuzzer is guided through the Rust
    code behind the C ABI too. --target keeps the instrumentation off build scripts."""
    need("clang", "libclang-rt-dev")
    say("building the C harness against an instrumented dist-c libhttpcodes.a")
    target = OUT / "c/target"
    host = re.findall(r"^host: (\S+)", output("rustc", "-vV"), re.MULTILINE)[0]
    run(
        "cargo",
        "build",
        "--locked",
        "--quiet",
        "--profile",
        "dist-c",
        "-p",
        "httpcodes-ffi",
        "--target",
        host,
        env={**ENV, "RUSTFLAGS": SANCOV, "CARGO_TARGET_DIR": str(target)},
    )
    fuzzer = OUT / "c/fuzz"
    run(
        "clang",
        *C_FLAGS,
        "-O1",
        "-fsanitize=fuzzer,address,undefined",
        FUZZ / "c/harness.c",
        FUZZ / "c/oracle.c",
        ROOT / "tests/c/tsv.c",
        target / host / "dist-c/libhttpcodes.a",
        "-o",
        fuzzer,
    )
    return fuzzer


def libfuzzer(
    door: str, seconds: int, command: list[object], env: dict[str, str] = ENV
) -> tuple[bool, str]:
    """Runs one libFuzzer-driven door; its summary line, and whether it found nothing."""
    folder = OUT / door
    started = time.time()
    log = folder / "last-run.log"
    with log.open("w") as written:
        status = subprocess.run(
            [str(part) for part in command]
            + [
                f"-max_total_time={seconds}",
                "-timeout=10",
                "-print_final_stats=1",
                f"-artifact_prefix={folder / 'crashes'}/",
            ],
            stdout=written,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=ROOT,
            check=False,
        ).returncode
    text = log.read_text(errors="replace")
    execs = re.findall(r"^stat::number_of_executed_units: *(\d+)", text, re.MULTILINE)
    took = re.findall(r"^Done \d+ runs in (\d+) second", text, re.MULTILINE)
    crashes = sum(1 for path in (folder / "crashes").iterdir() if path.stat().st_mtime >= started)
    if status != 0 and crashes == 0:
        crashes = 1
    ran = execs[-1] if execs else 0
    line = f"fuzz {door}: {ran} execs in {took[-1] if took else seconds} s, {crashes} crashes"
    if status != 0:
        found = [
            row
            for row in text.splitlines()
            if re.search(r"mismatch|panicked|ERROR|Mismatch|Test unit written", row)
        ]
        say(*found[:5], f"log: {log}")
    return status == 0, line


def fuzz_door(door: str, seconds: int) -> tuple[bool, str]:
    folder = OUT / door
    (folder / "corpus").mkdir(parents=True, exist_ok=True)
    (folder / "crashes").mkdir(parents=True, exist_ok=True)
    if door.startswith("core/"):
        target = door.removeprefix("core/")
        env = environment(PATH=f"{cargo_tool('cargo-fuzz').parent}:{ENV['PATH']}")
        fuzz = ["cargo", f"+{nightly()}", "fuzz"]
        places = ["--fuzz-dir", FUZZ / "core", "--target-dir", OUT / "core/target", target]
        run(*fuzz, "build", *places, env=env)
        return libfuzzer(
            door,
            seconds,
            [*fuzz, "run", *places, folder / "corpus", FUZZ / "corpus" / door, "--"],
            env,
        )
    if door == "c":
        return libfuzzer(door, seconds, [c_fuzzer(), folder / "corpus", FUZZ / "corpus/c"])
    if door == "python":
        programs = python_venv()
        return libfuzzer(
            door,
            seconds,
            [
                programs / "python",
                FUZZ / "python/fuzz_httpcodes.py",
                folder / "corpus",
                FUZZ / "corpus/python",
            ],
        )
    node_builds()
    # fast-check for SECONDS, then what the core and C runs just found through both Node builds
    # (the committed corpora and regressions replay in `make test`, tests/node).
    fuzzed = subprocess.run(
        ["node", FUZZ / "node/property.mjs", str(seconds), folder / "crashes"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    found = [OUT / "c/corpus", *sorted((OUT / "core").glob("*/corpus"))]
    replayed = subprocess.run(
        ["node", FUZZ / "node/replay.mjs", *found],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    last = (fuzzed.stdout.strip().splitlines() or ["0 cases, 1 failures"])[-1]
    again = (replayed.stdout.strip().splitlines() or ["0 values, 1 failures"])[-1]
    for failed in (fuzzed, replayed):
        if failed.returncode != 0:
            say(failed.stderr.strip()[-2000:])
    ok = fuzzed.returncode == 0 and replayed.returncode == 0
    return ok, f"fuzz node: {last} (addon and JS builds); new core and C inputs: {again}"


def run_doors(seconds: int, doors: list[str]) -> int:
    """Fuzzes each door for SECONDS, then prints one summary line per door."""
    if "core/" in " ".join(doors):
        nightly()
    summary, failed = [], False
    for door in doors:
        say(f"fuzzing {door} for {seconds} s")
        ok, line = fuzz_door(door, seconds)
        summary.append(line)
        failed |= not ok
    print("\n".join(summary))
    return 1 if failed else 0


def replay() -> int:
    """The committed seeds and regressions of core and C, with no fuzzing tool: core's targets as
    stable unit tests, the C harness with a plain main under ASan and UBSan. (Python's and Node's
    replay in their suites: tests/python/test_fuzz_regressions.py, tests/node.)"""
    say("core: cargo test (stable) over fuzz/corpus/core and fuzz/regressions/core")
    run(
        "cargo",
        "test",
        "--quiet",
        "--locked",
        "--manifest-path",
        FUZZ / "core/Cargo.toml",
        "--lib",
        env={**ENV, "CARGO_TARGET_DIR": str(OUT / "core/target-test")},
    )
    say("c: the harness with a plain main, ASan and UBSan, over its seeds and regressions")
    (OUT / "c").mkdir(parents=True, exist_ok=True)
    run("make", "--no-print-directory", "--quiet", "stage")
    replayer = OUT / "c/replay"
    cc = os.environ.get("CC", "cc")
    sanitizers = ["-fsanitize=address,undefined"]
    probe = subprocess.run(
        [cc, "-x", "c", *sanitizers, "-", "-o", OUT / "c/probe"],
        input="int main(void) { return 0; }",
        text=True,
        capture_output=True,
        check=False,
    )
    if probe.returncode != 0:
        skipped(f"{cc} cannot build with AddressSanitizer here: the C replay runs without it")
        sanitizers = []
    run(
        cc,
        *C_FLAGS,
        *sanitizers,
        FUZZ / "c/harness.c",
        FUZZ / "c/oracle.c",
        FUZZ / "c/replay.c",
        ROOT / "tests/c/tsv.c",
        ROOT / "build/stage/lib/libhttpcodes.a",
        "-o",
        replayer,
    )
    run(replayer, FUZZ / "corpus/c", FUZZ / "regressions/c", env=ENV)
    return 0
