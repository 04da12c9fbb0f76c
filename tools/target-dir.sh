#!/bin/sh
# Prints where cargo builds: CARGO_TARGET_DIR when set, else the workspace's target/.
cd "$(dirname "$0")/.." && echo "${CARGO_TARGET_DIR:-$PWD/target}"
