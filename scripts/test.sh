#!/usr/bin/env bash
# Builds everything with warnings as errors and runs every test. What CI runs (.ci/run).
# Then the Catch2 tests (domain, store, screens, ltcctl) run once more under AddressSanitizer and
# UBSan: a dangling reference or an overflow fails there even where the plain build happens to
# work. LTC_SANITIZE=0 skips that second build; arguments go to ctest (e.g. -R settlement).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
cmake --preset ci
cmake --build --preset ci
# A failed test runs once more, alone: CI once saw one GUI case crash after all its assertions
# had passed (as the process ended) and never again in 600 runs here. The first failure and its
# stack stay in the log above the rerun, marked FLAKY; a test that fails twice fails the run.
if ! ctest --preset ci --output-on-failure --timeout 600 "$@"; then
  echo "FLAKY? running the failed tests once more; their first failure is above" >&2
  ctest --preset ci --rerun-failed --output-on-failure --timeout 600
fi
if [[ "${LTC_SANITIZE:-1}" != 0 ]]; then
  cmake --preset asan >/dev/null
  cmake --build --preset asan
  # Leaks are not looked for: Qt's and fontconfig's caches live until exit by design.
  ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    ./build/asan/tests/ltc_tests
fi
