#!/usr/bin/env bash
# Times httpcodes against the stdlib's http.HTTPStatus on each Python the tests use, or on the
# versions given (e.g. `run.sh 3.11.7`), as `BENCH` lines for bench/report.py.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../tools/python.sh"

versions=("$@")
[ "${#versions[@]}" -gt 0 ] || versions=("${PYTHON_VERSIONS[@]}")
wheel="$(build_wheel)"
for version in "${versions[@]}"; do
    programs="$(venv_programs "$version")"
    install_wheel "$wheel" "$programs"
    # From bench/, away from the source tree, so the installed wheel is what gets timed.
    (cd "$REPO/bench" && "$programs/python" python/bench.py)

done
