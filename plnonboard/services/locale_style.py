"""Which clock and date order the user's locale uses, for the CLI and the exports.

Read from the POSIX locale variables (LC_ALL, then LC_TIME, then LANG), not from Python's
`locale` module, which fails when the locale is not generated on the machine. The regions are
those whose CLDR English short time uses a 12-hour clock; month-first dates are the US and the
Philippines'."""

from __future__ import annotations

import os
from collections.abc import Mapping

from ..core.timefmt import Style

CLOCK12_REGIONS = frozenset({"US", "CA", "AU", "NZ", "IN", "PH", "PK", "BD", "EG", "SA"})
MONTH_FIRST_REGIONS = frozenset({"US", "PH"})


def locale_name(env: Mapping[str, str] | None = None) -> str:
    env = os.environ if env is None else env
    for key in ("LC_ALL", "LC_TIME", "LANG"):
        if env.get(key):
            return env[key]
    return ""


def style_for(name: str) -> Style:
    """'en_US.UTF-8' -> 12-hour, month first; 'en_GB.UTF-8', 'C.UTF-8', 'es_ES' -> 24-hour, day first."""
    base = name.split(".")[0].split("@")[0]
    language, _, region = base.replace("-", "_").partition("_")
    region = region.upper()
    if language.lower() != "en":
        return Style()  # other languages in these regions (es_US, fr_CA) keep their own 24-hour habits
    return Style(clock12=region in CLOCK12_REGIONS, month_first=region in MONTH_FIRST_REGIONS)


def style_from_environment(env: Mapping[str, str] | None = None) -> Style:
    return style_for(locale_name(env))
