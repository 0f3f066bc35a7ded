"""Short, plain English renderings of times for the CLI and for messages.
The UI formats with the user's locale itself; these are the fallbacks and the CLI's words."""

from __future__ import annotations

import datetime as dt

from .vocab import WEEKDAY_LABELS
from .zones import city_name


def hhmm(value: dt.datetime | dt.time) -> str:
    return value.strftime("%H:%M")


def day_time(value: dt.datetime) -> str:
    """'Tue 16:00'"""
    return f"{WEEKDAY_LABELS[value.weekday()]} {hhmm(value)}"


def both_times(user_start: dt.datetime, host_start: dt.datetime, host_zone: str) -> str:
    """'Tue 16:00 your time · 19:00 in New York' (the host day is named when it differs)."""
    if user_start.utcoffset() == host_start.utcoffset():
        return f"{day_time(user_start)} your time (same as the host)"
    host = hhmm(host_start) if host_start.date() == user_start.date() else day_time(host_start)
    return f"{day_time(user_start)} your time · {host} in {city_name(host_zone)}"


def offset_text(value: dt.datetime) -> str:
    off = value.utcoffset() or dt.timedelta(0)
    total = int(off.total_seconds() // 60)
    sign = "+" if total >= 0 else "-"
    total = abs(total)
    return f"UTC{sign}{total // 60:02d}:{total % 60:02d}"
