"""Short, plain English renderings of times and dates for the CLI, the exports and messages.
The window formats with the user's locale itself; these follow a Style (12- or 24-hour clock,
month or day first) that the caller picks from the user's locale once at start-up."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .vocab import WEEKDAY_LABELS

MONTH_LABELS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class Style:
    clock12: bool = False  # "7:00 PM" instead of "19:00"
    month_first: bool = False  # "Nov 30, 2026" instead of "30 Nov 2026"


_style = Style()


def set_style(style: Style) -> None:
    """The wording style for the rest of the run (the CLI and the window set it once, from the locale)."""
    global _style
    _style = style


def style() -> Style:
    return _style


def hhmm(value: dt.datetime | dt.time) -> str:
    if _style.clock12:
        hour = value.hour % 12 or 12
        return f"{hour}:{value.minute:02d} {'AM' if value.hour < 12 else 'PM'}"
    return value.strftime("%H:%M")


def day_time(value: dt.datetime) -> str:
    """'Tue 16:00' or 'Tue 4:00 PM'"""
    return f"{WEEKDAY_LABELS[value.weekday()]} {hhmm(value)}"


def date_text(day: dt.date, *, weekday: bool = False, year: bool = True) -> str:
    """'30 Nov 2026' / 'Nov 30, 2026'; with the weekday 'Mon 30 Nov 2026' / 'Mon, Nov 30, 2026'."""
    month = MONTH_LABELS[day.month - 1]
    if _style.month_first:
        text = f"{month} {day.day}" + (f", {day.year}" if year else "")
        return f"{WEEKDAY_LABELS[day.weekday()]}, {text}" if weekday else text
    text = f"{day.day} {month}" + (f" {day.year}" if year else "")
    return f"{WEEKDAY_LABELS[day.weekday()]} {text}" if weekday else text


def both_times(user_start: dt.datetime, host_start: dt.datetime, host_zone: str) -> str:
    """'Tue 16:00 your time · 19:00 in New York' (the host day is named when it differs)."""
    if user_start.utcoffset() == host_start.utcoffset():
        return f"{day_time(user_start)} your time (same as the host)"
    host = hhmm(host_start) if host_start.date() == user_start.date() else day_time(host_start)
    from .zones import city_name  # here: the window sets the style before its first paint without zoneinfo

    return f"{day_time(user_start)} your time · {host} in {city_name(host_zone)}"


def offset_text(value: dt.datetime) -> str:
    off = value.utcoffset() or dt.timedelta(0)
    total = int(off.total_seconds() // 60)
    sign = "+" if total >= 0 else "-"
    total = abs(total)
    return f"UTC{sign}{total // 60:02d}:{total % 60:02d}"
