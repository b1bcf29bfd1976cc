#!/usr/bin/env bash
# Builds ltcdesk and starts it with --demo: a new (or still empty) database gets the demo
# district and its demo users (no server needed); pass --db PATH for another file, --lang en for
# English. Without --demo, ltcdesk starts with no accounts and signs in through the server.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
cmake --preset dev
cmake --build --preset dev --target ltcdesk ltcctl
exec ./build/dev/app/ltcdesk --demo "$@"
