"""Where things go on a week grid, as numbers: day columns, wall-clock minutes and lanes.

The view draws; this module only decides geometry, so it is tested without Qt.
Minutes are *local wall-clock* minutes since midnight (0..1440): on a DST day the local day
has 23 or 25 real hours, but the grid shows the clock on the wall, which is what people plan by.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Iterable
from dataclasses import dataclass

from .boundaries import local_segments
from .model import QuietHours
from .recurrence import Occurrence
from .schedule import week_bounds
from .zones import get_zone, utc_offset

DAY_MINUTES = 24 * 60
ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Block:
    """One drawn piece of an occurrence on one day column."""

    occurrence: Occurrence
    day: int  # 0 = Monday column
    top: int  # wall-clock minutes since local midnight
    bottom: int  # exclusive; 1440 when the piece runs to midnight
    lane: int = 0
    lanes: int = 1
    continued: bool = False  # the occurrence started on an earlier day
    continues: bool = False  # the occurrence goes on into the next day


@dataclass(frozen=True)
class Band:
    """A shaded stretch of one day column (quiet hours)."""

    day: int
    top: int
    bottom: int


def _minutes(value: dt.datetime | dt.time) -> int:
    return value.hour * 60 + value.minute


def wall_span(occ: Occurrence, zone: str) -> tuple[dt.datetime, dt.datetime]:
    """Naive local wall-clock [start, end) of an occurrence.

    Across a DST change the wall clock jumps; we span from the first wall minute to the last,
    so a chat at the fall-back hour never looks shorter than it is on the clock."""
    pieces = local_segments(occ.start, occ.end, zone)
    start = pieces[0][0]
    end = max(b for _, b in pieces)
    return start, max(end, start)


def day_pieces(start: dt.datetime, end: dt.datetime, monday: dt.date) -> list[tuple[int, int, int, bool, bool]]:
    """Split a naive wall span at midnights: (day column, top, bottom, continued, continues),
    keeping only the columns of the week that starts on `monday`."""
    out = []
    day = start.date()
    while True:
        next_midnight = dt.datetime.combine(day, dt.time(0)) + ONE_DAY
        top = _minutes(start) if day == start.date() else 0
        continues = end > next_midnight
        bottom = DAY_MINUTES if end >= next_midnight else _minutes(end)
        column = (day - monday).days
        if 0 <= column < 7 and bottom > top:
            out.append((column, top, bottom, day != start.date(), continues))
        if not continues:
            break
        day += ONE_DAY
    if not out and 0 <= (start.date() - monday).days < 7:
        # A zero-length span still deserves a mark where it starts.
        column = (start.date() - monday).days
        top = min(_minutes(start), DAY_MINUTES - 1)
        out.append((column, top, top + 1, False, False))
    return out


def assign_lanes(blocks: list[Block]) -> list[Block]:
    """Side-by-side lanes per day: each cluster of transitively overlapping blocks shares a lane count,
    each block takes the lowest lane free at its top."""
    out: list[Block] = []
    for day in range(7):
        todays = sorted((b for b in blocks if b.day == day),
                        key=lambda b: (b.top, -b.bottom, b.occurrence.start, b.occurrence.chat.id))
        cluster: list[tuple[Block, int]] = []
        busy: list[tuple[int, int]] = []  # heap of (bottom, lane) of lanes in use
        free: list[int] = []  # heap of lane numbers free again; lanes = how many were ever opened
        lanes = 0
        cluster_end = -1

        def close(done: list[tuple[Block, int]]) -> None:
            count = max((lane for _, lane in done), default=-1) + 1
            out.extend(_with_lane(b, lane, count) for b, lane in done)

        for block in todays:
            if cluster and block.top >= cluster_end:
                close(cluster)
                cluster, busy, free, lanes, cluster_end = [], [], [], 0, -1
            # Heaps keep this O(n log n): scanning every lane per block cost the square of a
            # crowded hour (2,000 chats at 19:00 are 2,000 lanes).
            while busy and busy[0][0] <= block.top:
                heapq.heappush(free, heapq.heappop(busy)[1])
            if free:
                lane = heapq.heappop(free)
            else:
                lane, lanes = lanes, lanes + 1
            heapq.heappush(busy, (block.bottom, lane))
            cluster.append((block, lane))
            cluster_end = max(cluster_end, block.bottom)
        if cluster:
            close(cluster)
    out.sort(key=lambda b: (b.day, b.top, b.lane))
    return out


def _with_lane(block: Block, lane: int, lanes: int) -> Block:
    return Block(block.occurrence, block.day, block.top, block.bottom, lane, lanes, block.continued, block.continues)


def layout_week(occurrences: Iterable[Occurrence], zone: str, monday: dt.date) -> list[Block]:
    """Blocks for a week's occurrences seen in `zone`, on the week that starts on `monday`."""
    blocks = []
    for occ in occurrences:
        start, end = wall_span(occ, zone)
        for column, top, bottom, continued, continues in day_pieces(start, end, monday):
            blocks.append(Block(occ, column, top, bottom, 0, 1, continued, continues))
    return assign_lanes(blocks)


def quiet_bands(rules: Iterable[QuietHours]) -> list[Band]:
    """Shaded bands per weekday column; a window that crosses midnight spills into the next
    weekday's column (Sunday's into Monday's: the rules repeat every week)."""
    raw: dict[int, list[tuple[int, int]]] = {d: [] for d in range(7)}
    for rule in rules:
        start, end = _minutes(rule.start), _minutes(rule.end)
        for day in rule.days:
            if not 0 <= day < 7:
                continue
            if rule.crosses_midnight:
                raw[day].append((start, DAY_MINUTES))
                if end > 0:
                    raw[(day + 1) % 7].append((0, end))
            else:
                raw[day].append((start, end))
    bands = []
    for day in range(7):
        for top, bottom in _merge(raw[day]):
            bands.append(Band(day, top, bottom))
    return bands


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for top, bottom in sorted(spans):
        if bottom <= top:
            continue
        if merged and top <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], bottom)
        else:
            merged.append([top, bottom])
    return [(a, b) for a, b in merged]


def visible_hours(blocks: Iterable[Block], earliest: int = 7, latest: int = 24) -> tuple[int, int]:
    """The hour range to draw: at least earliest..latest, widened (with an hour to spare) to
    show every block, so a quiet week is not a sea of empty night."""
    first, last = earliest, latest
    for b in blocks:
        first = min(first, max(0, b.top // 60 - (1 if b.top > 0 else 0)))
        last = max(last, min(24, -(-b.bottom // 60) + (1 if b.bottom < DAY_MINUTES else 0)))
    return first, last


@dataclass(frozen=True)
class ClockChange:
    """A DST change in some zone during the week: which column (user's wall clock) and by how much."""

    zone: str
    day: int
    when: dt.datetime  # aware, in the user's zone
    minutes: int  # +60 when clocks go forward


def clock_changes(zones: Iterable[str], user_zone: str, monday: dt.date) -> list[ClockChange]:
    """Offset changes of each zone within the user's week, found by sampling every 30 minutes from
    the week's start: `when` is the first sample at or after the change, so it can be up to 29
    minutes late (a user zone off the half hour, like Nepal's +05:45). The grid shows only the
    day, which that delay moves only for a change in the last half hour before the user's midnight."""
    user = get_zone(user_zone)
    _, start, end = week_bounds(monday, user_zone)
    out = []
    for name in dict.fromkeys(zones):
        tz = get_zone(name)
        t = start
        before = utc_offset(t.astimezone(tz))
        while t < end:
            t += dt.timedelta(minutes=30)
            after = utc_offset(t.astimezone(tz))
            if after != before:
                local = t.astimezone(user)
                column = (local.date() - monday).days
                out.append(ClockChange(name, max(0, min(6, column)), local,
                                       int((after - before).total_seconds() // 60)))
                before = after
    out.sort(key=lambda c: (c.when, c.zone))
    return out
