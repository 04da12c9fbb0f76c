#!/usr/bin/env bash
# Times httpcodes against the stdlib's http.HTTPStatus on each Python the tests use, or on the
# versions given (e.g. `run.sh 3.11.7`), as `BENCH` lines for bench/report.py; with no version
# given, the pure wheel too, on CPython 3.13 and PyPy (rows named `pure`).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../tools/python.sh"

versions=("$@")
pure_on=()
[ "${#versions[@]}" -gt 0 ] || { versions=("${PYTHON_VERSIONS[@]}"); pure_on=(3.13.0 pypy); }
wheel="$(build_wheel)"
for version in "${versions[@]}"; do
    programs="$(venv_programs "$version")"
    install_wheel "$wheel" "$programs"
    # From bench/, away from the source tree, so the installed wheel is what gets timed.
    (cd "$REPO/bench" && "$programs/python" python/bench.py)

done
[ "${#pure_on[@]}" -gt 0 ] || exit 0
for version in "${pure_on[@]}"; do
    programs="$(python3 "$REPO/tools/dev" python pure-venv "$version")"
    (cd "$REPO/bench" && "$programs/python" python/bench.py --pure)
done
