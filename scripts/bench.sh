#!/usr/bin/env bash
# Runs the benchmarks (each beside its baseline, in the same run): the settlement import and
# audit (--lines N claim lines), the application review worklist (--applications N), then the
# assessment task worklist (--tasks N), the first sync from ltcserver (--rows N persons rows).
# Usage: scripts/bench.sh [--lines N] [--applications N] [--tasks N] [--rows N]
#                         [--only settlement|applications|assessments|sync]
set -euo pipefail
cd "$(dirname "$0")/.."
settlement_args=()
applications_args=()
assessments_args=()
sync_args=()
only=""
usage="usage: scripts/bench.sh [--lines N] [--applications N] [--tasks N] [--rows N] [--only settlement|applications|assessments|sync]"
while [ $# -gt 0 ]; do
  case "$1" in
    --lines) settlement_args+=(--lines "$2"); shift 2 ;;
    --applications) applications_args+=(--applications "$2"); shift 2 ;;
    --tasks) assessments_args+=(--tasks "$2"); shift 2 ;;
    --rows) sync_args+=(--rows "$2"); shift 2 ;;
    --only) only="$2"; shift 2 ;;
    *) echo "$usage" >&2; exit 2 ;;
  esac
done
runs() { [ -z "$only" ] || [ "$only" = "$1" ]; }
bash scripts/bootstrap.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target ltcctl ltcserver ltc_bench_settlement ltc_bench_applications ltc_bench_assessments ltc_bench_sync
status=0
if runs settlement; then
  ./build/dev/tests/bench/ltc_bench_settlement --ltcctl "$PWD/build/dev/app/ltcctl" ${settlement_args[@]+"${settlement_args[@]}"} || status=1
  echo
fi
if runs applications; then
  ./build/dev/tests/bench/ltc_bench_applications ${applications_args[@]+"${applications_args[@]}"} || status=1
  echo
fi
if runs assessments; then
  ./build/dev/tests/bench/ltc_bench_assessments ${assessments_args[@]+"${assessments_args[@]}"} || status=1
  echo
fi
if runs sync; then
  ./build/dev/tests/bench/ltc_bench_sync --ltcserver "$PWD/build/dev/server/ltcserver" ${sync_args[@]+"${sync_args[@]}"} || status=1
fi
exit $status
