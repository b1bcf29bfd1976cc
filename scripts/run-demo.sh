#!/usr/bin/env bash
# Builds ltcdesk and starts it. The first start creates a demo district in the default local
# database (no server needed); pass --db PATH for another file, --lang en for English.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
cmake --preset dev
cmake --build --preset dev --target ltcdesk ltcctl
exec ./build/dev/app/ltcdesk "$@"
