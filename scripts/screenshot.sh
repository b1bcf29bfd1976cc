#!/usr/bin/env bash
# Screenshots of the real ltcdesk window under Xvfb, to look at the UI from a headless machine:
#   screenshots/login.png            the sign-in dialog on the first run of a new demo database (--demo)
#   screenshots/login-first-start.png   the first start without --demo: no accounts, sign in online
#   screenshots/main-window.png      Chinese (the default), signed in as admin
#   screenshots/main-window-en.png   --lang en
#   screenshots/main-window-150.png  at 150 % (QT_SCALE_FACTOR=1.5), as on many office laptops
#
#   scripts/screenshot.sh [BUILD_DIR]     (default build/screenshot; ltcdesk is built if needed)
#   scripts/screenshot.sh --settlements [BUILD_DIR]
#       the settlements module instead, on a demo month that was audited and is part way through
#       review (batches in every state), signed in as first_reviewer:
#         screenshots/settlements.png, settlements-en.png, settlements-150.png, and
#         screenshots/settlements-*.png of its dialogs (rendered by ltc_tests "[.screenshots]")
#   scripts/screenshot.sh --agreements [BUILD_DIR]
#       the agreements module on the demo district (institutions in every agreement state,
#       designations at every step), signed in as agreement_officer:
#         screenshots/agreements.png, agreements-en.png
#   scripts/screenshot.sh --assessments [BUILD_DIR]
#       the assessments module on the demo district (tasks in every state, one overdue, one
#       disputed), signed in as handler, the page opened through the remembered last module:
#         screenshots/assessments.png, assessments-en.png, assessments-150.png
#
# Needs xvfb, imagemagick (import), x11-utils (xwininfo) and fonts-noto-cjk. The main window is
# signed in through LTC_AUTOLOGIN="user:password" (checked like any sign-in), so no clicks are
# scripted; the database is a fresh demo in a temporary folder, made by ltcdesk's own first run
# with --demo (harmless on the later runs: a database in use is never filled again).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
settlements=false
agreements=false
assessments=false
if [[ "${1:-}" == --settlements ]]; then
  settlements=true
  shift
elif [[ "${1:-}" == --agreements ]]; then
  agreements=true
  shift
elif [[ "${1:-}" == --assessments ]]; then
  assessments=true
  shift
fi
build=${1:-$root/build/screenshot}
out=$root/screenshots
mkdir -p "$out"

if [[ ! -f "$build/build.ninja" ]]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLTC_BUILD_TESTS=OFF >/dev/null
fi
nice ninja -C "$build" -j2 ltcdesk ltcctl >/dev/null
ltcdesk=$build/app/ltcdesk
ltcctl=$build/app/ltcctl

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

# A demo month part way through review: audited, and its institutions' batches taken to each
# state through the same commands a reviewer runs (ltcctl run … --as USER).
prepare_settlement_month() {
  local period=2026-10
  "$ltcctl" demo --db "$db" --persons 2000 --months 3 >/dev/null
  "$ltcctl" settlement audit --period $period --db "$db" >/dev/null
  mapfile -t codes < <(python3 - "$db" $period <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
for (code,) in db.execute("SELECT DISTINCT institution_code FROM settlement_results WHERE period = ? ORDER BY 1", (sys.argv[2],)):
    print(code)
PY
)
  run() { "$ltcctl" run "$1" "$2" --as "$3" --db "$db" >/dev/null; }
  batch() { echo "{\"period\":\"$period\",\"institution_code\":\"$1\"${2:-}}"; }
  review_all() {  # accept the clean lines, accept each remaining line as audited, complete
    run claim.accept_clean "$(batch "$1")" first_reviewer
    python3 - "$db" $period "$1" <<'PY' | while IFS=, read -r claim line; do
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
for claim, line in db.execute("SELECT r.claim_no, r.line_no FROM settlement_results r LEFT JOIN line_reviews v ON v.claim_no = r.claim_no AND v.line_no = r.line_no WHERE r.period = ? AND r.institution_code = ? AND v.claim_no IS NULL", (sys.argv[2], sys.argv[3])):
    print(f"{claim},{line}")
PY
      run claim.review_line "{\"claim_no\":\"$claim\",\"line_no\":$line,\"decision\":\"accept\"}" first_reviewer
    done
    run claim.first_review "$(batch "$1")" first_reviewer
  }
  review_all "${codes[0]}"                                              # 已初审
  review_all "${codes[1]}"; run claim.second_review "$(batch "${codes[1]}" ',"decision":"approve"')" second_reviewer
  review_all "${codes[2]}"; run claim.second_review "$(batch "${codes[2]}" ',"decision":"approve"')" second_reviewer
  run claim.mark_paid "$(batch "${codes[2]}")" payer                   # 已拨付
  run claim.return "$(batch "${codes[3]}" ',"reason":"服务记录缺少护理员签字"')" first_reviewer  # 已退回
  run claim.accept_clean "$(batch "${codes[4]}")" first_reviewer        # part way
}

if $settlements; then
  db=$tmp/settlements/ltcdesk.sqlite
  mkdir -p "$(dirname "$db")"
  prepare_settlement_month
  shoot settlements.png "LTC Desk — 长护险经办桌面端" LTC_AUTOLOGIN="first_reviewer:$password" -- --db "$db" "${full[@]}"
  shoot settlements-en.png "LTC Desk — Long-term Care Insurance Desk" LTC_AUTOLOGIN="second_reviewer:$password" -- \
    --db "$db" --lang en "${full[@]}"
  shoot settlements-150.png "LTC Desk — 长护险经办桌面端" LTC_AUTOLOGIN="first_reviewer:$password" QT_SCALE_FACTOR=1.5 -- \
    --db "$db" "${full150[@]}"
  # The dialogs, each rendered on its own by the test runner on the same X server setup (a
  # build with tests: the default build/screenshot has none).
  if ! ninja -C "$build" -t targets all | grep -q '^ltc_tests:'; then
    echo "screenshot.sh: $build has no ltc_tests: dialogs skipped (pass a build dir with tests)" >&2
    exit 0
  fi
  nice ninja -C "$build" -j2 ltc_tests >/dev/null
  LTC_SCREENSHOT_DIR=$out QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1440x900x24" \
    "$build/tests/ltc_tests" "[.screenshots]" >/dev/null
  ls "$out"/settlements-*.png
  exit 0
fi

if $agreements; then
  shoot agreements.png "LTC Desk — 长护险经办桌面端" LTC_AUTOLOGIN="agreement_officer:$password" -- \
    --db "$db" --demo "${full[@]}"
  shoot agreements-en.png "LTC Desk — Long-term Care Insurance Desk" LTC_AUTOLOGIN="agreement_officer:$password" -- \
    --db "$db" --lang en "${full[@]}"
  exit 0
fi

if $assessments; then
  # The shell opens the module last used (QSettings mainWindow/lastModule of the clean profile).
  mkdir -p "$XDG_CONFIG_HOME/LtcDesk"
  printf '[mainWindow]\nlastModule=assessments\n' >"$XDG_CONFIG_HOME/LtcDesk/ltcdesk.conf"
  shoot assessments.png "LTC Desk — 长护险经办桌面端" LTC_AUTOLOGIN="handler:$password" -- \
    --db "$db" --demo "${full[@]}"
  printf '[mainWindow]\nlastModule=assessments\n' >"$XDG_CONFIG_HOME/LtcDesk/ltcdesk.conf"
  shoot assessments-en.png "LTC Desk — Long-term Care Insurance Desk" LTC_AUTOLOGIN="handler:$password" -- \
    --db "$db" --lang en "${full[@]}"
  printf '[mainWindow]\nlastModule=assessments\n' >"$XDG_CONFIG_HOME/LtcDesk/ltcdesk.conf"
  shoot assessments-150.png "LTC Desk — 长护险经办桌面端" LTC_AUTOLOGIN="handler:$password" QT_SCALE_FACTOR=1.5 -- \
    --db "$db" "${full150[@]}"
  exit 0
fi

shoot login-first-start.png "登录 — 长护险经办桌面端" -- --db "$tmp/empty/ltcdesk.sqlite"
shoot login.png "登录 — 长护险经办桌面端" -- --db "$db" --demo
shoot main-window.png "LTC Desk — 长护险经办桌面端" LTC_AUTOLOGIN="admin:$password" -- --db "$db" --demo "${full[@]}"
shoot main-window-en.png "LTC Desk — Long-term Care Insurance Desk" LTC_AUTOLOGIN="admin:$password" -- \
  --db "$db" --demo --lang en "${full[@]}"
shoot main-window-150.png "LTC Desk — 长护险经办桌面端" LTC_AUTOLOGIN="handler:$password" QT_SCALE_FACTOR=1.5 -- \
  --db "$db" --demo "${full150[@]}"
