#!/usr/bin/env bash
# Build the one-folder PLN Onboard app with PyInstaller into build/pyinstaller/plnonboard/.
# Uses the checkout's .venv (scripts/setup.sh test installs PyInstaller there).
# Usage: packaging/build.sh [--self-test]   (--self-test also runs the built app's self-test)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
py="${PLNONBOARD_PYTHON:-.venv/bin/python}"
if ! "$py" -c 'import PyInstaller' >/dev/null 2>&1; then
  echo "build: PyInstaller is not installed in $py; run: scripts/setup.sh test" >&2
  exit 1
fi
dist="build/pyinstaller"
start=$(date +%s)
"$py" scripts/build_translations.py  # the .qm catalogues go into the bundle with resources/
"$py" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$dist" --workpath "build/pyinstaller-work" packaging/plnonboard.spec
app="$dist/plnonboard"
echo "build: built $app in $(( $(date +%s) - start )) s, $(du -sh "$app" | cut -f1) on disk ($(find "$app" -type f | wc -l) files)"
if [ "${1:-}" = "--self-test" ]; then
  QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" "$app/plnonboard" --self-test
fi
