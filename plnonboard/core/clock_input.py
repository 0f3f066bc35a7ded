"""A time of day as people type it: "0700", "07:00", "7", "7am", "7:30 p.m.", "1930", "noon".

Used by the window's time fields so typing works without stepping through hour and minute
sections. Returns None for anything that is not one clear time (never guesses)."""

from __future__ import annotations

import datetime as dt
import re

_WORDS = {"noon": dt.time(12, 0), "midday": dt.time(12, 0), "midnight": dt.time(0, 0)}
_FORM = re.compile(r"^(\d{1,2})(?:[:.h](\d{2}))?(am|pm|a|p)?$|^(\d{3,4})(am|pm|a|p)?$")


def parse_clock(text: str) -> dt.time | None:
    s = (text or "").strip().lower()
    if s in _WORDS:
        return _WORDS[s]
    s = re.sub(r"[\s\u00a0\u202f]+", "", s).replace("a.m.", "am").replace("p.m.", "pm").replace("a.m", "am") \
        .replace("p.m", "pm").rstrip(".")
    m = _FORM.match(s)
    if not m:
        return None
    if m.group(4):  # "730", "0700", "1930": the last two digits are the minutes
        digits, suffix = m.group(4), m.group(5)
        hour, minute = int(digits[:-2]), int(digits[-2:])
    else:
        hour, minute, suffix = int(m.group(1)), int(m.group(2) or 0), m.group(3)
    if suffix:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if suffix.startswith("p") else 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return dt.time(hour, minute)
