#!/usr/bin/env bash
# Refreshes translations/ltcdesk_*.ts from every source folder with lupdate, then lists the
# Chinese entries still untranslated. Exit status 1 when any is left, so CI or a session can see
# that ltcdesk_zh_CN.ts is incomplete.
#
#   scripts/update-translations.sh            update both .ts files, report zh_CN gaps
#   scripts/update-translations.sh --check    report only, change nothing
#
# New strings get their Chinese text from the table in scripts/fill-translations.py (add a line
# there), or by hand in Qt Linguist (linguist translations/ltcdesk_zh_CN.ts), which is kept.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)

run_lupdate() {
  # No line numbers in the .ts: several people edit the sources, and moved lines would otherwise
  # rewrite the whole catalogue. (lupdate warns about classes without Q_OBJECT: not our concern.)
  "$lupdate" -silent -locations none -no-obsolete -extensions cpp,h \
    app modules database -ts translations/ltcdesk_zh_CN.ts translations/ltcdesk_en.ts 2>/dev/null
}

if [[ "${1:-}" != "--check" ]]; then
  run_lupdate
  python3 scripts/fill-translations.py translations/ltcdesk_zh_CN.ts
  run_lupdate  # back to lupdate's own layout, so diffs stay small
fi

python3 - "$root/translations/ltcdesk_zh_CN.ts" <<'PY'
import sys
import xml.etree.ElementTree as ET

gaps = []
for context in ET.parse(sys.argv[1]).getroot().iter("context"):
    name = context.findtext("name")
    for message in context.iter("message"):
        translation = message.find("translation")
        unfinished = translation is None or translation.get("type") == "unfinished"
        empty = translation is None or not "".join(translation.itertext()).strip()
        if unfinished or empty:
            gaps.append(f"{name}: {message.findtext('source')}")
for gap in gaps:
    print("untranslated:", gap)
print(f"ltcdesk_zh_CN.ts: {len(gaps)} untranslated")
sys.exit(1 if gaps else 0)
PY
