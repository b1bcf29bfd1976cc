#!/usr/bin/env bash
# Runs the benchmarks (each beside its baseline, in the same run). Usage: scripts/bench.sh [--lines N]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target ltcctl ltc_bench_settlement
./build/dev/tests/bench/ltc_bench_settlement --ltcctl "$PWD/build/dev/app/ltcctl" "$@"
