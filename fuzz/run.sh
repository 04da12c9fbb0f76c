#!/usr/bin/env bash
# Differential fuzzing of every door, with core's contract as the oracle (fuzz/README.md):
#   fuzz/run.sh run SECONDS [DOOR...]  fuzz each door (all by default) for SECONDS and print one
#                                      summary line per door; exit 1 on any crash or mismatch
#   fuzz/run.sh setup [DOOR...]        only install what the doors need (make fuzz does it too)
#   fuzz/run.sh replay                 the committed seeds and regressions through every door,
#                                      with no fuzzing tool: what the test suites run
# Doors: core/reverse_lookup core/from_str core/forward c python node node/replay.
# Everything built or found lands in build/fuzz/<door>/ (corpus/ for new inputs, crashes/ for
# reproducers); the tools in build/tools/ and the pinned nightly toolchain. Works from a fresh
# clone: it installs the nightly, cargo-fuzz, clang, atheris and fast-check itself.
set -euo pipefail
# shellcheck source=../tests/python/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/../tests/python/env.sh" # REPO, say, Python's set-up

NIGHTLY=nightly-2026-05-19 # cargo-fuzz needs nightly flags (-Zsanitizer)
CARGO_FUZZ_VERSION=0.13.2
CARGO_TOOLS="$REPO/build/tools/cargo"
OUT="$REPO/build/fuzz"
FUZZ="$REPO/fuzz"
DOORS=(core/reverse_lookup core/from_str core/forward c python node node/replay)
# Coverage instrumentation for the Rust code under the C harness, as cargo-fuzz adds it.
SANCOV="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table
-Cllvm-args=-sanitizer-coverage-trace-compares"
C_FLAGS=(-std=c99 -Wall -Wextra -Werror -g -fno-sanitize-recover=undefined
    -I"$REPO/include" -I"$REPO/tests/c")
export HTTPCODES_VECTORS="$REPO/tests/vectors"

# ---- Set-up, each step skipped when already done ---------------------------------------------

setup_core() {
    if ! rustup run "$NIGHTLY" rustc --version >/dev/null 2>&1; then
        say "installing the $NIGHTLY toolchain"
        rustup toolchain install "$NIGHTLY" --profile minimal >&2
    fi
    if [ "$("$CARGO_TOOLS/bin/cargo-fuzz" --version 2>/dev/null)" != "cargo-fuzz $CARGO_FUZZ_VERSION" ]; then
        say "installing cargo-fuzz $CARGO_FUZZ_VERSION"
        cargo install --locked --quiet cargo-fuzz --version "$CARGO_FUZZ_VERSION" --root "$CARGO_TOOLS" >&2
    fi
}

setup_c() {
    # clang with its libFuzzer runtime: it links an empty fuzz target.
    if ! printf 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n) { return (void)d, (int)n * 0; }\n' |
        clang -x c -fsanitize=fuzzer - -o /dev/null 2>/dev/null; then
        say "installing clang and its libFuzzer runtime (Debian)"
        apt-get update -qq >&2
        apt-get install -y -qq clang libclang-rt-dev >&2
    fi
}

setup_python() {
    local venv="$OUT/python/venv" python wanted
    python="$(interpreter "$TOOLS_VERSION")"
    wanted="$("$python" -VV | tr -d '\n'; sha256sum <"$FUZZ/python/requirements.txt")"
    if [ "$(cat "$venv/.httpcodes-stamp" 2>/dev/null)" != "$wanted" ]; then
        say "creating $venv (atheris)"
        rm -rf "$venv"
        "$python" -m venv "$venv"
        "$venv/bin/python" -m pip install --quiet --requirement "$FUZZ/python/requirements.txt" >&2
        printf '%s' "$wanted" >"$venv/.httpcodes-stamp"
    fi
    install_wheel "$(build_wheel)" "$venv"
}

setup_node() {
    # shellcheck source=../node/scripts/setup.sh
    package="$REPO/node" source "$REPO/node/scripts/setup.sh"
    package="$REPO/node" build_addon >&2
    npm_ci "$FUZZ/node" >&2
}

setup_door() {
    case "$1" in
        core/*) setup_core ;;
        c) setup_c ;;
        python) setup_python ;;
        node | node/replay) setup_node ;;
        *) echo "unknown door $1 (doors: ${DOORS[*]})" >&2; return 2 ;;
    esac
}

# ---- Builds ----------------------------------------------------------------------------------

build_c_fuzzer() {
    # The dist-c profile (what `make stage` installs: no std, panic=abort), rebuilt with coverage
    # instrumentation so libFuzzer is guided through the Rust code behind the C ABI too.
    # --target keeps the instrumentation off build scripts.
    say "building the C harness against an instrumented dist-c libhttpcodes.a"
    RUSTFLAGS="$(echo $SANCOV)" CARGO_TARGET_DIR="$OUT/c/target" cargo build --locked --quiet \
        --profile dist-c -p httpcodes-ffi --target x86_64-unknown-linux-gnu
    clang "${C_FLAGS[@]}" -O1 -fsanitize=fuzzer,address,undefined "$FUZZ/c/harness.c" \
        "$REPO/tests/c/tsv.c" "$OUT/c/target/x86_64-unknown-linux-gnu/dist-c/libhttpcodes.a" \
        -o "$OUT/c/fuzz"
}

build_c_replay() {
    # The library exactly as `make stage` installs it, and the plain compiler: no libFuzzer.
    make -C "$REPO" --no-print-directory --quiet stage >&2
    cc "${C_FLAGS[@]}" -fsanitize=address,undefined "$FUZZ/c/harness.c" "$FUZZ/c/replay.c" \
        "$REPO/tests/c/tsv.c" "$REPO/build/stage/lib/libhttpcodes.a" -o "$OUT/c/replay"
}

# ---- Fuzzing ---------------------------------------------------------------------------------

# Runs one libFuzzer-driven door: DOOR SECONDS COMMAND...; prints its summary line.
libfuzzer_door() {
    local door="$1" seconds="$2" log status=0 execs took crashes
    shift 2
    log="$OUT/$door/last-run.log"
    "$@" -max_total_time="$seconds" -timeout=10 -print_final_stats=1 \
        -artifact_prefix="$OUT/$door/crashes/" >"$log" 2>&1 || status=$?
    execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)"
    took="$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -n 1)"
    crashes="$(find "$OUT/$door/crashes" -type f -newer "$OUT/$door/.started" | wc -l)"
    if [ "$status" -ne 0 ] && [ "$crashes" -eq 0 ]; then crashes=1; fi
    echo "fuzz $door: ${execs:-0} execs in ${took:-$seconds} s, $crashes crashes"
    if [ "$status" -ne 0 ]; then
        grep -E 'mismatch|panicked|ERROR|Mismatch|Test unit written' "$log" | head -n 5 >&2 || true
        echo "  log: $log" >&2
        return 1
    fi
}

fuzz_door() {
    local door="$1" seconds="$2"
    mkdir -p "$OUT/$door/corpus" "$OUT/$door/crashes"
    touch "$OUT/$door/.started"
    case "$door" in
        core/*)
            local target="${door#core/}"
            (cd "$REPO" && PATH="$CARGO_TOOLS/bin:$PATH" cargo "+$NIGHTLY" fuzz build --fuzz-dir fuzz/core \
                --target-dir "$OUT/core/target" "$target" >&2)
            libfuzzer_door "$door" "$seconds" env PATH="$CARGO_TOOLS/bin:$PATH" \
                cargo "+$NIGHTLY" fuzz run --fuzz-dir "$FUZZ/core" --target-dir "$OUT/core/target" \
                "$target" "$OUT/$door/corpus" "$FUZZ/corpus/$door" --
            ;;
        c)
            build_c_fuzzer
            libfuzzer_door c "$seconds" "$OUT/c/fuzz" "$OUT/c/corpus" "$FUZZ/corpus/c"
            ;;
        python)
            libfuzzer_door python "$seconds" "$OUT/python/venv/bin/python" \
                "$FUZZ/python/fuzz_httpcodes.py" "$OUT/python/corpus" "$FUZZ/corpus/python"
            ;;
        node)
            local line status=0
            line="$(node "$FUZZ/node/property.mjs" "$seconds" "$OUT/node/crashes" | tail -n 1)" || status=$?
            echo "fuzz node: ${line:-0 cases, 1 failures} (addon and JS builds)"
            return "$status"
            ;;
        node/replay)
            # The core and C corpora, seeds and what runs found, through both Node builds.
            local line status=0
            line="$(node "$FUZZ/node/replay.mjs" "$FUZZ/corpus/core" "$FUZZ/corpus/c" \
                "$OUT"/core/*/corpus "$OUT/c/corpus" "$FUZZ/regressions" | tail -n 1)" || status=$?
            echo "fuzz node/replay: ${line:-0 values, 1 failures}"
            return "$status"
            ;;
    esac
}

run() {
    local seconds="${1:-}" doors=("${@:2}") door summary=() status=0
    [[ "$seconds" =~ ^[0-9]+$ ]] || { echo "usage: $0 run SECONDS [DOOR...]" >&2; return 2; }
    [ "${#doors[@]}" -gt 0 ] || doors=("${DOORS[@]}")
    for door in "${doors[@]}"; do setup_door "$door"; done
    for door in "${doors[@]}"; do
        say "fuzzing $door for $seconds s"
        if line="$(fuzz_door "$door" "$seconds")"; then :; else status=1; fi
        summary+=("$line")
    done
    printf '%s\n' "${summary[@]}"
    return "$status"
}

# ---- Replay: the seeds and regressions, no fuzzing tool -------------------------------------

replay() {
    local status=0
    say "core: cargo test (stable) over fuzz/corpus/core and fuzz/regressions/core"
    CARGO_TARGET_DIR="$OUT/core/target-test" cargo test --quiet --locked \
        --manifest-path "$FUZZ/core/Cargo.toml" --lib || status=1
    say "c: the harness with a plain main, ASan and UBSan, over fuzz/corpus/c and fuzz/regressions/c"
    mkdir -p "$OUT/c"
    build_c_replay
    "$OUT/c/replay" "$FUZZ/corpus/c" "$FUZZ/regressions/c" || status=1
    say "python: fuzz/corpus/python and fuzz/regressions/python"
    local venv
    venv="$(venv_for "$TOOLS_VERSION")"
    install_wheel "$(build_wheel)" "$venv"
    (cd "$REPO/tests/python" && "$venv/bin/python" -m pytest -p no:cacheprovider -q \
        test_fuzz_regressions.py) || status=1
    say "node: every corpus and regression through both builds"
    setup_node
    node "$FUZZ/node/replay.mjs" "$FUZZ/corpus/core" "$FUZZ/corpus/c" "$FUZZ/regressions" || status=1
    return "$status"
}

case "${1:-}" in
    run) run "${@:2}" ;;
    setup)
        doors=("${@:2}")
        [ "${#doors[@]}" -gt 0 ] || doors=("${DOORS[@]}")
        for door in "${doors[@]}"; do setup_door "$door"; done
        ;;
    replay) replay ;;
    *)
        echo "usage: $0 run SECONDS [DOOR...] | setup [DOOR...] | replay" >&2
        exit 2
        ;;
esac
