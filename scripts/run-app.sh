#!/usr/bin/env bash
# Set up (first time only) and open PLN Onboard. Extra arguments go to the app.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/setup.sh" app
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ] && [ "$(uname)" = Linux ]; then
  echo "run-app: no graphical display found (DISPLAY/WAYLAND_DISPLAY unset); start it from a desktop session." >&2
  exit 1
fi
exec "$here/.venv/bin/plnonboard" "$@"
