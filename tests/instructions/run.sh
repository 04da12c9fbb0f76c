#!/usr/bin/env bash
# The speed guard that needs no quiet machine: valgrind's callgrind counts the instructions one
# call of each hot path costs, net of its loop, and the run fails when one grows more than 10%
# past its budget in tests/instructions/budgets.tsv. It prints each count beside its budget.
#   tests/instructions/run.sh STAGE        (STAGE: a `make install` tree, the Makefile's build/stage)
#   tests/instructions/run.sh STAGE --bless   rewrite the budgets as today's counts (make
#                                             bless-instructions)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../../tools/python.sh"
stage="$1"
bless="${2:-}"
calls=10000
out="$REPO/build/instructions"
mkdir -p "$out"
if ! command -v valgrind >/dev/null; then
    skipped "valgrind is not installed here (macOS, Windows), so no instruction counts"
    exit 0
fi

# The instructions one run of COMMAND executes, as callgrind counts them.
instructions() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
        sed -n 's/^==[0-9]*== Collected : \([0-9]*\)$/\1/p'
}

"${CC:-cc}" -O2 -std=c99 -Wall -Wextra -Werror -I"$stage/include" "$here/calls.c" \
    -o "$out/calls" "$stage/lib/libhttpcodes.a"
programs="$(venv_programs "$TOOLS_VERSION")"
install_wheel "$(build_wheel)" "$programs"
# The same hash seed every run, so the interpreter's own work does not move the counts.
export PYTHONHASHSEED=0

counts="$out/counts.tsv"
: >"$counts"
loop="$(instructions "$out/calls" noop "$calls")"
for lookup in reason_phrase code_of_hit code_of_miss class_of header_field_at is_cacheable_by_default; do
    total="$(instructions "$out/calls" "$lookup" "$calls")"
    printf 'C %s\t%s\n' "$lookup" "$(((total - loop) / calls))" >>"$counts"
done
for lookup in reason_phrase code_of header_fields is_cacheable_by_default; do
    loop="$(instructions "$programs/python" "$here/calls.py" "$lookup" "$calls" --loop-only)"
    total="$(instructions "$programs/python" "$here/calls.py" "$lookup" "$calls")"
    printf 'Python %s\t%s\n' "$lookup" "$(((total - loop) / calls))" >>"$counts"
done

if [ "$bless" = "--bless" ]; then
    {
        echo "# Instructions per call (callgrind, net of the loop) that make test allows, +10%."
        echo "# make bless-instructions rewrites them from today's counts."
        cat "$counts"
    } >"$here/budgets.tsv"
    say "wrote $here/budgets.tsv"
    exit 0
fi
python3 "$here/judge.py" "$here/budgets.tsv" "$counts"
