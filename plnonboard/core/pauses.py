"""Pauses: date ranges with no chats. The one place that decides whether a session is paused;
the week, the next-chat panel and the calendar export all ask here.

A pause is a wall-calendar idea ("no chats over the winter break"), so a session is paused when
it *starts* on a paused date in the user's zone, whatever the host's date is.
"""

from __future__ import annotations

import datetime as dt

from .model import Chat, Pause
from .recurrence import Occurrence, OccurrenceKey, slot_occurrences
from .zones import day_start_utc, get_zone

MAX_PAUSE_DAYS = 366  # a pause longer than a year is a typo, not a holiday
MAX_PAUSES = 100


def pause_on(day: dt.date, pauses: list[Pause]) -> Pause | None:
    """The pause covering this date, or None."""
    for pause in pauses:
        if pause.covers(day):
            return pause
    return None


def is_paused(occ: Occurrence, pauses: list[Pause], zone: str) -> bool:
    return bool(pauses) and pause_on(occ.start_in(zone).date(), pauses) is not None


def split_paused(occurrences: list[Occurrence], pauses: list[Pause],
                 zone: str) -> tuple[list[Occurrence], list[Occurrence]]:
    """(kept, paused), each in the original order."""
    if not pauses:
        return list(occurrences), []
    kept: list[Occurrence] = []
    paused: list[Occurrence] = []
    for occ in occurrences:
        (paused if is_paused(occ, pauses, zone) else kept).append(occ)
    return kept, paused


def paused_days(first: dt.date, days: int, pauses: list[Pause]) -> dict[int, Pause]:
    """{offset from `first`: pause} for the paused dates among `days` dates from `first`."""
    out = {}
    for offset in range(days):
        pause = pause_on(first + dt.timedelta(days=offset), pauses)
        if pause is not None:
            out[offset] = pause
    return out


def sorted_pauses(pauses: list[Pause]) -> list[Pause]:
    return sorted(pauses, key=lambda p: (p.start, p.end, p.label))


def paused_sessions(chat: Chat, slot_index: int, pauses: list[Pause], zone: str,
                    first: dt.date, last: dt.date) -> list[Occurrence]:
    """Sessions of one slot that pauses remove, among those starting on user-zone dates
    first..last (for a calendar's EXDATEs), in time order, each once."""
    get_zone(zone)  # an unknown zone is an error even when no pause falls in the range
    found: dict[OccurrenceKey, Occurrence] = {}
    for pause in pauses:
        a, b = max(pause.start, first), min(pause.end, last)
        if b < a:
            continue
        start, end = day_start_utc(a, zone), day_start_utc(b + dt.timedelta(days=1), zone)
        for occ in slot_occurrences(chat, slot_index, start, end):
            if is_paused(occ, pauses, zone):
                found[occ.key] = occ
    return sorted(found.values(), key=lambda o: o.start)
