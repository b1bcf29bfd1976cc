#!/usr/bin/env bash
# Builds everything with warnings as errors and runs every test. What CI runs (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
cmake --preset ci
cmake --build --preset ci
ctest --preset ci --output-on-failure --timeout 600 "$@"
