#!/usr/bin/env bash
# Screenshots of the real ltcdesk window under Xvfb, to look at the UI from a headless machine:
#   screenshots/login.png            the sign-in dialog on the first run of a new database
#   screenshots/main-window.png      Chinese (the default), signed in as admin
#   screenshots/main-window-en.png   --lang en
#   screenshots/main-window-150.png  at 150 % (QT_SCALE_FACTOR=1.5), as on many office laptops
#
#   scripts/screenshot.sh [BUILD_DIR]     (default build/screenshot; ltcdesk is built if needed)
#
# Needs xvfb, imagemagick (import), x11-utils (xwininfo) and fonts-noto-cjk. The main window is
# signed in through LTC_AUTOLOGIN="user:password" (checked like any sign-in), so no clicks are
# scripted; the database is a fresh demo in a temporary folder, made by ltcdesk's own first run.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/screenshot}
out=$root/screenshots
mkdir -p "$out"

if [[ ! -f "$build/build.ninja" ]]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLTC_BUILD_TESTS=OFF >/dev/null
fi
nice ninja -C "$build" -j2 ltcdesk >/dev/null
ltcdesk=$build/app/ltcdesk

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# A clean profile: no remembered window geometry, language or last user from this machine.
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data XDG_CACHE_HOME=$tmp/cache XDG_RUNTIME_DIR=$tmp/run
mkdir -m 700 "$tmp/run"
export QT_QPA_PLATFORM=xcb
db=$tmp/demo/ltcdesk.sqlite
password=ltc-demo-2026  # demoPassword() in database/demodata.cpp

# shoot FILE WINDOW_NAME [VAR=VALUE ...] -- [ltcdesk arguments]: starts ltcdesk on its own Xvfb
# screen, waits until a window of that name is mapped (the first run builds the demo database
# before any window), lets it settle, grabs the whole screen and ends ltcdesk.
shoot() {
  local file=$1 window=$2
  shift 2
  local vars=()
  while [[ $1 != -- ]]; do vars+=("$1"); shift; done
  shift
  env "${vars[@]}" xvfb-run -a -s "-screen 0 1440x900x24" bash -c '
    file=$1 window=$2 ltcdesk=$3; shift 3
    "$ltcdesk" "$@" &
    pid=$!
    for _ in $(seq 1 240); do
      xwininfo -root -tree 2>/dev/null | grep -qF -- "\"$window\"" && break
      kill -0 $pid 2>/dev/null || { echo "screenshot.sh: ltcdesk ended early" >&2; exit 1; }
      sleep 0.5
    done
    sleep 2
    import -window root "$file"
    kill $pid
    wait $pid 2>/dev/null || true
  ' shoot "$out/$file" "$window" "$ltcdesk" "$@" </dev/null
  echo "$out/$file"
}

# Xvfb has no window manager to maximize the window: place it over the whole screen instead
# (in logical pixels: 960x600 at 150 %).
full=(-qwindowgeometry 1440x900+0+0)
full150=(-qwindowgeometry 960x600+0+0)
shoot login.png "登录 — 长护险经办桌面端" -- --db "$db"
shoot main-window.png "LTC Desk — 长护险经办桌面端" LTC_AUTOLOGIN="admin:$password" -- --db "$db" "${full[@]}"
shoot main-window-en.png "LTC Desk — Long-term Care Insurance Desk" LTC_AUTOLOGIN="admin:$password" -- \
  --db "$db" --lang en "${full[@]}"
shoot main-window-150.png "LTC Desk — 长护险经办桌面端" LTC_AUTOLOGIN="handler:$password" QT_SCALE_FACTOR=1.5 -- \
  --db "$db" "${full150[@]}"
