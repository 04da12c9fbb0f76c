#!/usr/bin/env bash
# Installs the released Python artifacts as users do: the x86_64 manylinux wheel and the pure wheel
# (py3-none-any) into fresh venvs on the oldest and newest supported Pythons, each running the
# whole Python suite, and the sdist into a fresh venv, building it from source; then shows which
# wheel pip chooses for each kind of Python (tests/dist/pip_tags.py).
#   tests/dist/python.sh DIST
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../tools/python.sh"
dist="$(cd "$1" && pwd)"
make_scratch

abi3="$(ls "$dist"/httpcodes_py-*-abi3-*manylinux_2_17_x86_64.whl)"
pure="$(ls "$dist"/httpcodes_py-*-py3-none-any.whl)"
counts=()
for kind in abi3 pure; do
    for version in 3.9.18 3.13.0; do
        say "the $kind wheel on Python $version"
        venv="$scratch/$kind$version"
        "$(interpreter "$version")" -m venv "$venv"
        "$venv/bin/python" -m pip install --quiet \
            --requirement "$REPO/tests/python/requirements-test.txt" "${!kind}"
        (cd "$REPO/tests/python" &&
            HTTPCODES_WHEEL="$kind" "$venv/bin/python" -m pytest -p no:cacheprovider -q -rs) |
            tee "$scratch/log"
        counts+=("$kind wheel, Python $version: $(tail -n 1 "$scratch/log")")
    done
done
printf '%s\n' "${counts[@]}"

say "the sdist, built from source by pip as a user's pip does"
# No --locked here: the sdist's Cargo.lock also lists the workspace's other members, which cargo
# drops (its versions of what the module needs stay as locked); --locked would refuse that.
"$(interpreter 3.11.7)" -m venv "$scratch/sdist"
"$scratch/sdist/bin/python" -m pip install --quiet "$dist"/httpcodes_py-*.tar.gz
(cd "$scratch" && "$scratch/sdist/bin/python" -c '
import httpcodes
assert httpcodes.reason_phrase(404) == "Not Found", httpcodes.reason_phrase(404)
assert httpcodes.code_of(" payload too large ") == 413
print("sdist: import httpcodes", httpcodes.__version__, "ok")
')

say "pip's choice of wheel for each kind of Python"
"$(python3 "$REPO/tools/dev" venv "$VENVS/pip-tags" "$REPO/tests/dist/requirements-pip.txt")/python" \
    "$REPO/tests/dist/pip_tags.py" "$dist"
