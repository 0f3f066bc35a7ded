#!/bin/sh
# The Flatpak's /app/bin/plnonboard: the package lives in /app/share/plnonboard beside its resources/.
export PYTHONPATH="/app/share/plnonboard${PYTHONPATH:+:$PYTHONPATH}"
exec python3 -m plnonboard "$@"
