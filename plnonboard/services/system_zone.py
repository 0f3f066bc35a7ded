"""The computer's IANA time zone name, found without extra dependencies."""

from __future__ import annotations

import os
from pathlib import Path

from ..core.zones import is_zone


def system_zone() -> str:
    """$TZ, then /etc/timezone, then the /etc/localtime link; 'UTC' when nothing names a zone."""
    tz = os.environ.get("TZ", "").lstrip(":")
    if tz and is_zone(tz):
        return tz
    try:
        name = Path("/etc/timezone").read_text(encoding="utf-8").strip()
        if is_zone(name):
            return name
    except OSError:
        pass
    try:
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            name = target.split("zoneinfo/", 1)[1]
            for prefix in ("posix/", "right/"):
                name = name.removeprefix(prefix)
            if is_zone(name):
                return name
    except OSError:
        pass
    # Nothing names a zone (Windows without $TZ, say): the window asks Qt, which knows the zone on
    # every platform; the CLI uses UTC and says which zone it used.
    return "UTC"
