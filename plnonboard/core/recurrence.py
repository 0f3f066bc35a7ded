"""When a chat slot happens: host-zone dates by frequency, and exact instants per RFC 5545.

A slot's local start is resolved in the host's zone *for that date*:
- a time that does not exist (spring-forward gap) moves forward by the gap length,
  i.e. it is read with the UTC offset from before the gap (RFC 5545 §3.3.5);
- a time that happens twice (fall-back overlap) takes the first occurrence.
Python's zoneinfo gives exactly that with fold=0, so `resolve` is one line; tests pin it.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from .model import Chat, Frequency, Slot
from .zones import get_zone, wall_to_utc

ONE_DAY = dt.timedelta(days=1)
OccurrenceKey = tuple[str, int, dt.datetime]  # chat id, slot index, start (UTC): one session


def matches(freq: Frequency, weekday: int, day: dt.date) -> bool:
    """Does a session of this frequency fall on this host-zone date?"""
    if day.weekday() != weekday:
        return False
    if freq.kind == "weekly":
        return True
    if freq.kind == "every_n_weeks":
        return ((day - freq.every_n_weeks_anchor()).days // 7) % freq.interval == 0
    # monthly: nth (1..4) or last (-1) such weekday of the month
    if freq.nth == -1:
        return day.day + 7 > calendar.monthrange(day.year, day.month)[1]
    return (day.day - 1) // 7 + 1 == freq.nth


def slot_dates(slot: Slot, first: dt.date, last: dt.date) -> Iterator[dt.date]:
    """Host-zone dates in [first, last] on which the slot meets."""
    offset = (slot.weekday - first.weekday()) % 7
    day = first + dt.timedelta(days=offset)
    week = dt.timedelta(days=7)
    while day <= last:
        if matches(slot.frequency, slot.weekday, day):
            yield day
        day += week


def resolve(day: dt.date, start: dt.time, zone_name: str) -> dt.datetime:
    """The UTC instant of a host-local wall time on a date (RFC 5545 gap/overlap rules)."""
    return wall_to_utc(day, start, zone_name)


@dataclass(frozen=True)
class Occurrence:
    chat: Chat
    slot_index: int
    start: dt.datetime  # aware, UTC
    end: dt.datetime  # aware, UTC
    host_day: dt.date  # the date in the host's zone the community calls it

    @property
    def slot(self) -> Slot:
        return self.chat.slots[self.slot_index]

    @property
    def minutes(self) -> int:
        return self.slot.minutes

    @property
    def key(self) -> OccurrenceKey:
        return (self.chat.id, self.slot_index, self.start)

    def host_start(self) -> dt.datetime:
        return self.start.astimezone(get_zone(self.slot.zone))

    def start_in(self, zone_name: str) -> dt.datetime:
        return self.start.astimezone(get_zone(zone_name))

    def end_in(self, zone_name: str) -> dt.datetime:
        return self.end.astimezone(get_zone(zone_name))

    @property
    def shifted_by_dst(self) -> bool:
        """True when the announced host time did not exist that day and moved forward."""
        return self.host_start().time() != self.slot.start


def slot_occurrences(chat: Chat, slot_index: int, start: dt.datetime, end: dt.datetime) -> list[Occurrence]:
    """Occurrences of one slot that *start* in [start, end) (aware datetimes)."""
    slot = chat.slots[slot_index]
    host = get_zone(slot.zone)
    # Host dates can differ from UTC dates by up to a day on each side.
    first = start.astimezone(host).date() - ONE_DAY
    last = end.astimezone(host).date() + ONE_DAY
    length = dt.timedelta(minutes=slot.minutes)
    out = []
    for day in slot_dates(slot, first, last):
        s = resolve(day, slot.start, slot.zone)
        if start <= s < end:
            out.append(Occurrence(chat, slot_index, s, s + length, day))
    return out


def chat_occurrences(
    chat: Chat, start: dt.datetime, end: dt.datetime, sessions: list[int] | None = None
) -> list[Occurrence]:
    indices = range(len(chat.slots)) if sessions is None else [i for i in sessions if 0 <= i < len(chat.slots)]
    out: list[Occurrence] = []
    for i in indices:
        out.extend(slot_occurrences(chat, i, start, end))
    out.sort(key=lambda o: (o.start, o.chat.id, o.slot_index))
    return out


def next_occurrence(chat: Chat, after: dt.datetime, slot_index: int | None = None) -> Occurrence | None:
    """The first occurrence starting at or after `after`, looking up to ~13 months ahead."""
    indices = [slot_index] if slot_index is not None else None
    horizon = after + dt.timedelta(days=400)
    found = chat_occurrences(chat, after, horizon, indices)
    return found[0] if found else None
