"""A plan's week in the user's zone: which sessions, when, what clashes, and the budget.

Weeks run Monday 00:00 to the next Monday 00:00 on the user's wall clock.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .boundaries import Conflict, week_conflicts
from .directory import Directory
from .errors import DataError
from .model import Boundaries, Chat, Pause, Plan
from .pauses import paused_days, split_paused
from .plan_chats import plan_chat
from .recurrence import Occurrence, OccurrenceKey, chat_occurrences
from .zones import day_start_utc, get_zone


def week_start(day: dt.date) -> dt.date:
    """The Monday of the week containing `day`."""
    return day - dt.timedelta(days=day.weekday())


def week_bounds(day: dt.date, zone: str) -> tuple[dt.date, dt.datetime, dt.datetime]:
    """(monday, start, end) of the user-zone week that contains `day`; start/end are aware UTC,
    and one week's end is the next week's start (see zones.day_start_utc for skipped midnights)."""
    monday = week_start(day)
    return monday, day_start_utc(monday, zone), day_start_utc(monday + dt.timedelta(days=7), zone)


@dataclass(frozen=True)
class Chosen:
    chat: Chat
    sessions: list[int] | None = None  # None = every slot
    reminder_minutes: int | None = None


def resolve_chats(plan: Plan, directory: Directory) -> list[Chosen]:
    """Turn the plan's chat references into chats. Unknown ids are an error naming the id."""
    out = []
    for pc in plan.chats:
        chat = plan_chat(pc, directory)
        if chat is None:
            raise DataError(f"unknown chat id {pc.id!r} (not in the directory and not a custom chat)",
                            field="chats")
        out.append(Chosen(chat, pc.sessions, pc.reminder_minutes))
    return out


@dataclass
class WeekReport:
    time_zone: str
    monday: dt.date
    occurrences: list[Occurrence]
    conflicts: list[Conflict]
    budget_minutes: int
    minutes_total: int = 0
    by_occurrence: dict[OccurrenceKey, list[Conflict]] = field(default_factory=dict)
    paused: list[Occurrence] = field(default_factory=list)  # sessions a pause removed (not counted)
    paused_days: dict[int, Pause] = field(default_factory=dict)  # weekday (0 = Monday) -> its pause

    @property
    def fully_paused(self) -> bool:
        return len(self.paused_days) == 7

    @property
    def over_budget(self) -> bool:
        return self.minutes_total > self.budget_minutes

    def conflicts_for(self, occ: Occurrence) -> list[Conflict]:
        return self.by_occurrence.get(occ.key, [])


def occurrences_between(chosen: list[Chosen], start: dt.datetime, end: dt.datetime) -> list[Occurrence]:
    out: list[Occurrence] = []
    for c in chosen:
        out.extend(chat_occurrences(c.chat, start, end, c.sessions))
    out.sort(key=lambda o: (o.start, o.chat.id, o.slot_index))
    return out


def week_report(chosen: list[Chosen], boundaries: Boundaries, zone: str, day: dt.date) -> WeekReport:
    monday, start, end = week_bounds(day, zone)
    occs, paused = split_paused(occurrences_between(chosen, start, end), boundaries.pauses, zone)
    conflicts = week_conflicts(occs, boundaries, zone)
    report = WeekReport(zone, monday, occs, conflicts, boundaries.weekly_minutes,
                        minutes_total=sum(o.minutes for o in occs), paused=paused,
                        paused_days=paused_days(monday, 7, boundaries.pauses))
    for c in conflicts:
        for occ in (c.occurrence, c.other):
            if occ is not None:
                report.by_occurrence.setdefault(occ.key, []).append(c)
    return report


def next_sessions(chosen: list[Chosen], boundaries: Boundaries, zone: str, after: dt.datetime,
                  days: int = 14, limit: int = 3) -> list[Occurrence]:
    """The next few unpaused sessions that have not ended by `after` (a running one counts),
    looking `days` ahead."""
    start = after - dt.timedelta(hours=24)  # sessions are at most a day long: catch one under way
    found = occurrences_between(chosen, start, after + dt.timedelta(days=days))
    kept, _ = split_paused([o for o in found if o.end > after], boundaries.pauses, zone)
    return kept[:limit]


def plan_week(plan: Plan, directory: Directory, day: dt.date, zone: str | None = None) -> WeekReport:
    zone = zone or plan.profile.time_zone
    get_zone(zone)
    return week_report(resolve_chats(plan, directory), plan.boundaries, zone, day)
