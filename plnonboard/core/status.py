"""A chat's status as of a given day, so advice cannot go stale.

The directory records what the evidence said (`running`, `paused`, ...) and when it was last
seen (`last_seen`, an ISO date of known precision: "2019", "2026-01", "2024-12-04"). A record
of `running` is only believed while its newest evidence is at most RUNNING_MONTHS old; after
that the chat reads "last confirmed Dec 2024 — check before you go" and is treated as
unverified. Evidence of year or month precision counts from the *first* day it could mean:
we never claim more recency than the source shows. `today` is always an argument.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .model import Chat, Plan, PlanChat
from .plan_chats import plan_chat

if TYPE_CHECKING:  # directory imports this module (parse_last_seen): a runtime import would be circular
    from .directory import Directory

RUNNING_MONTHS = 18
LAST_SEEN_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True)
class LastSeen:
    """A date of known precision: month and day are 0 when the source does not give them."""

    year: int
    month: int = 0
    day: int = 0

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    @property
    def earliest(self) -> dt.date:
        """The first day the evidence could mean (1 Jan for a year, the 1st for a month)."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def iso(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"


def parse_last_seen(value: object) -> LastSeen | None:
    """'2026-01' -> LastSeen(2026, 1); a bare year (int or text) is accepted; anything else -> None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        value = str(value)
    if not isinstance(value, str) or len(value) > 40:
        return None
    return _parse_last_seen(value)


@functools.lru_cache(maxsize=4096)  # a directory repeats a few hundred dates; ranking reads each often
def _parse_last_seen(value: str) -> LastSeen | None:
    m = LAST_SEEN_RE.match(value.strip())
    if not m:
        return None
    year, month, day = int(m[1]), int(m[2] or 0), int(m[3] or 0)
    if not 1990 <= year <= 2200 or (m[2] and not 1 <= month <= 12):
        return None
    if m[3]:
        try:
            dt.date(year, month, day)
        except ValueError:
            return None
    return LastSeen(year, month, day)


@functools.lru_cache(maxsize=64)
def months_before(today: dt.date, months: int) -> dt.date:
    """The same day `months` calendar months earlier (clamped to the month's last day)."""
    total = today.year * 12 + today.month - 1 - months
    year, month = divmod(total, 12)
    month += 1
    for day in (today.day, 30, 29, 28):
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


@dataclass(frozen=True)
class EffectiveStatus:
    """`status` as of `today`; `recorded` is what the directory says; `decayed` is True when a
    recorded `running` is no longer believed (then `status` is "unverified")."""

    status: str
    recorded: str
    decayed: bool
    last_seen: LastSeen | None

    @property
    def running(self) -> bool:
        return self.status == "running"


def effective_status(chat: Chat, today: dt.date) -> EffectiveStatus:
    seen = parse_last_seen(chat.last_seen)
    if chat.status != "running":
        # Other statuses only ever get older, not truer. A chat imported as running (a directory
        # update, a calendar) decays like a shipped one: its evidence ages all the same.
        return EffectiveStatus(chat.status, chat.status, False, seen)
    if seen is None or seen.earliest < months_before(today, RUNNING_MONTHS):
        return EffectiveStatus("unverified", chat.status, True, seen)
    return EffectiveStatus("running", chat.status, False, seen)


def is_running(chat: Chat, today: dt.date) -> bool:
    return effective_status(chat, today).running


def in_calendar(chat: Chat, today: dt.date) -> bool:
    """Whether the chat's sessions belong in an exported calendar by default: running ones and
    those the user added themselves (theirs to judge, whatever their status)."""
    return chat.kind == "chat" and (chat.custom or is_running(chat, today))


def calendar_chats(plan: Plan, directory: Directory, today: dt.date) -> tuple[list[PlanChat], list[Chat]]:
    """Split a plan's chats for a calendar export: (plan chats to keep, chats left out because
    they are not running as of `today`). Chats the directory does not know are kept, so the
    export's own check names them."""
    keep: list[PlanChat] = []
    left: list[Chat] = []
    for pc in plan.chats:
        chat = plan_chat(pc, directory)
        if chat is None or in_calendar(chat, today):
            keep.append(pc)
        else:
            left.append(chat)
    return keep, left
