#!/usr/bin/env bash
# For developers: re-extract every translatable string of the window into the .ts sources under
# resources/translations/, keeping the translations already there (strings that disappeared from
# the code are dropped). Then translate the new entries (pyside6-linguist, or by hand) and build
# the .qm files with: .venv/bin/python scripts/build_translations.py
# Usage: scripts/update_translations.sh [LANG...]      (default: every existing plnonboard_*.ts)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
lupdate=".venv/bin/pyside6-lupdate"
[ -x "$lupdate" ] || { echo "update_translations: $lupdate not found; run scripts/setup.sh test" >&2; exit 1; }
langs=("$@")
if ((${#langs[@]} == 0)); then
  for ts in resources/translations/plnonboard_*.ts; do
    [ -e "$ts" ] || continue
    name="$(basename "$ts" .ts)"
    langs+=("${name#plnonboard_}")
  done
fi
((${#langs[@]})) || langs=(es)
# Only the window speaks to people in these words; the CLI and the screenshot tools do not.
mapfile -t sources < <(find plnonboard/ui -name '*.py' | LC_ALL=C sort)
for lang in "${langs[@]}"; do
  "$lupdate" "${sources[@]}" -no-obsolete -locations relative -target-language "$lang" \
    -ts "resources/translations/plnonboard_${lang}.ts"
done
