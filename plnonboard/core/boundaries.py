"""Boundary checks: quiet hours, protected days, overlaps, the weekly budget and the chat cap.

Quiet hours and protected days are wall-clock ideas ("no chats after 21:00"), so they are
checked on the user's local wall time, split where a DST change falls inside a chat; overlaps
and budgets are checked on real instants.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from typing import TypedDict

from .model import Boundaries, QuietHours
from .recurrence import Occurrence
from .timefmt import hhmm
from .vocab import WEEKDAYS
from .zones import get_zone, utc_offset

MINUTE = dt.timedelta(minutes=1)


class ConflictData(TypedDict, total=False):
    """The values of a Conflict, by kind (see Conflict); datetimes are local to the user's zone."""

    hashtag: str
    start: dt.datetime
    end: dt.datetime
    window: str
    starts_inside: bool
    day: int
    a: str
    b: str
    a_end: dt.datetime
    b_start: dt.datetime
    b_end: dt.datetime
    others: int
    total: int
    budget: int
    count: int
    cap: int


@dataclass(frozen=True)
class Conflict:
    """A promise a session would break, as data: `kind` and its values in `data`; the words are
    the wording modules' (services/wording.py for the CLI and exports, ui/texts.py for the window).

    quiet_hours, school_hours: hashtag, start and end (local datetimes), window ("22:00-07:00"),
        starts_inside (True when the session starts inside the window, False when it runs into it)
    protected_day: hashtag, start, day (0 = Monday)
    overlap: a, b (hashtags), start (local start of the first), a_end, b_start, b_end
    over_budget: total, budget (minutes)        too_many: count, cap
    """

    kind: str  # quiet_hours | school_hours | protected_day | overlap | over_budget | too_many
    chat_id: str = ""
    occurrence: Occurrence | None = None
    other: Occurrence | None = None
    data: ConflictData = field(default_factory=ConflictData, compare=False)


def local_segments(start: dt.datetime, end: dt.datetime, zone_name: str) -> list[tuple[dt.datetime, dt.datetime]]:
    """[start, end) as naive local wall-time pieces; two pieces when a DST change falls inside."""
    tz = get_zone(zone_name)
    a, b = start.astimezone(tz), end.astimezone(tz)
    a_offset, b_offset = utc_offset(a), utc_offset(b)
    if a_offset == b_offset:
        return [(a.replace(tzinfo=None), b.replace(tzinfo=None))]
    lo, hi = start, end  # find the first minute with the later offset
    while hi - lo > MINUTE:
        mid = lo + ((hi - lo) // 2 // MINUTE) * MINUTE
        if mid == lo:
            mid = lo + MINUTE
        if utc_offset(mid.astimezone(tz)) == b_offset:
            hi = mid
        else:
            lo = mid
    return [
        (a.replace(tzinfo=None), (hi + a_offset).replace(tzinfo=None)),
        ((hi + b_offset).replace(tzinfo=None), b.replace(tzinfo=None)),
    ]


def quiet_windows(rule: QuietHours, first: dt.date, last: dt.date) -> list[tuple[dt.datetime, dt.datetime]]:
    """Naive local windows of a rule that start on days first..last."""
    out = []
    day = first
    while day <= last:
        if day.weekday() in rule.days:
            end_day = day + dt.timedelta(days=1) if rule.crosses_midnight else day
            out.append((dt.datetime.combine(day, rule.start), dt.datetime.combine(end_day, rule.end)))
        day += dt.timedelta(days=1)
    return out


def quiet_hit(occ: Occurrence, rules: list[QuietHours], zone: str) -> tuple[QuietHours, dt.datetime] | None:
    """The first quiet rule the occurrence touches and the first quiet local minute, or None."""
    best = None
    for seg_a, seg_b in local_segments(occ.start, occ.end, zone):
        for rule in rules:
            for ws, we in quiet_windows(rule, seg_a.date() - dt.timedelta(days=1), seg_b.date()):
                if ws < seg_b and seg_a < we:
                    first = max(ws, seg_a)
                    if best is None or first < best[1]:
                        best = (rule, first)
    return best


def protected_hit(occ: Occurrence, days: list[int], zone: str) -> int | None:
    """The protected weekday the occurrence touches (local wall time), or None."""
    if not days:
        return None
    for seg_a, seg_b in local_segments(occ.start, occ.end, zone):
        day = seg_a.date()
        last = (seg_b - MINUTE).date() if seg_b > seg_a else seg_a.date()
        while day <= last:
            if day.weekday() in days:
                return day.weekday()
            day += dt.timedelta(days=1)
    return None


def occurrence_conflicts(occ: Occurrence, b: Boundaries, zone: str) -> list[Conflict]:
    out: list[Conflict] = []
    tag = occ.chat.hashtag
    local_start = occ.start_in(zone)
    for kind, rules in (("quiet_hours", b.quiet_hours), ("school_hours", b.school_hours)):
        hit = quiet_hit(occ, rules, zone)
        if hit:
            rule, first = hit
            window = f"{hhmm(rule.start)}-{hhmm(rule.end)}"
            out.append(Conflict(kind, occ.chat.id, occ, data={
                "hashtag": tag, "start": local_start, "end": occ.end_in(zone), "window": window,
                "starts_inside": first == local_start.replace(tzinfo=None)}))
    day = protected_hit(occ, b.protected_days, zone)
    if day is not None:
        out.append(Conflict("protected_day", occ.chat.id, occ,
                            data={"hashtag": tag, "start": local_start, "day": day}))
    return out


def overlaps(occurrences: list[Occurrence], zone: str) -> list[Conflict]:
    """Overlapping sessions, by one sweep over sorted starts: O(n log n), at most one conflict per
    session. Listing every pair would cost the square of the count (2,000 chats at one hour are two
    million pairs), so each session that starts while another is still running is paired with one
    of them (the one started just before, else the one that ends last), and `data["others"]` says
    how many sessions it clashes with in all.
    Every session that overlaps anything is in at least one conflict (the first of a clash as
    `occurrence`, the rest as `other`)."""
    out: list[Conflict] = []
    ordered = sorted(occurrences, key=lambda o: (o.start, o.chat.id, o.slot_index))
    starts = [o.start for o in ordered]
    ends = sorted(o.end for o in ordered)
    running: Occurrence | None = None  # the session seen so far that ends last
    previous: Occurrence | None = None
    for b in ordered:
        # Pair with the session started just before when it still runs (a chain: no session is in
        # more than two overlaps, so a crowded hour does not pile every clash onto its first chat),
        # else with the one that ends last.
        a = previous if previous is not None and b.start < previous.end else running
        if a is not None and b.start < a.end and not (a.chat.id == b.chat.id and a.slot_index == b.slot_index):
            # sessions that start before b ends, minus those that ended by b's start, minus b itself
            others = bisect.bisect_left(starts, b.end) - bisect.bisect_right(ends, b.start) - 1
            out.append(Conflict("overlap", a.chat.id, a, b, data={
                "a": a.chat.hashtag, "b": b.chat.hashtag, "start": a.start_in(zone), "a_end": a.end_in(zone),
                "b_start": b.start_in(zone), "b_end": b.end_in(zone), "others": others}))
        if running is None or b.end > running.end:
            running = b
        previous = b
    return out


def week_conflicts(occurrences: list[Occurrence], b: Boundaries, zone: str) -> list[Conflict]:
    """All conflicts for one week of chosen sessions: per session, overlaps, then totals."""
    out: list[Conflict] = []
    for occ in occurrences:
        out.extend(occurrence_conflicts(occ, b, zone))
    out.extend(overlaps(occurrences, zone))
    total = sum(o.minutes for o in occurrences)
    if b.weekly_minutes >= 0 and total > b.weekly_minutes:
        out.append(Conflict("over_budget", data={"total": total, "budget": b.weekly_minutes}))
    if b.chats_per_week >= 0 and len(occurrences) > b.chats_per_week:
        out.append(Conflict("too_many", data={"count": len(occurrences), "cap": b.chats_per_week}))
    return out


# The quiet hours a new plan starts with, shown and changeable in the wizard and by `plan new --quiet`.
DEFAULT_QUIET_START = dt.time(22, 0)
DEFAULT_QUIET_END = dt.time(7, 0)
# School hours are teaching days; `plan new --school-hours 08:30-15:30` uses these days.
SCHOOL_DAYS = (0, 1, 2, 3, 4)


def default_quiet_hours() -> list[QuietHours]:
    return [QuietHours(tuple(range(len(WEEKDAYS))), DEFAULT_QUIET_START, DEFAULT_QUIET_END)]


def school_hours(start: dt.time, end: dt.time, days: tuple[int, ...] = SCHOOL_DAYS) -> list[QuietHours]:
    return [QuietHours(tuple(days), start, end)]
