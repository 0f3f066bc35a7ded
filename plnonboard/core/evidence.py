"""The user's own evidence about chats ("Did it happen?"), and what it means for them.

An observation says what the user found at one session: it ran and they took part, it ran and they
read along, or nobody was there. Their newest word wins over the directory: a chat they saw running
is running for them; two "nobody was there" in a row (with nothing since) mean it is time to
suggest dropping it. Dates are the session's date on the user's calendar.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from .model import Chat

OUTCOMES = ("attended", "lurked", "nobody")
RAN = ("attended", "lurked")
DROP_AFTER = 2  # "nobody was there" this many times in a row: suggest dropping
# The directory's word for "meets as announced" (issue 11 renames it "running").
DIRECTORY_RUNNING = ("active", "running")
RECENT_DAYS = 548  # about 18 months: older "last seen" evidence no longer shows a chat running


@dataclass(frozen=True)
class Observation:
    chat_id: str
    day: dt.date  # the session's date, the user's calendar
    outcome: str  # one of OUTCOMES
    session_start: str = ""  # ISO instant of the session (UTC), to tell two same-day sessions apart

    @property
    def ran(self) -> bool:
        return self.outcome in RAN


@dataclass(frozen=True)
class ChatState:
    """How a chat looks to this user today: running or not, the newest evidence, and why."""
    running: bool
    last_seen: str  # "2019", "2026-01" or "2026-12-01"; "" when unknown
    source: str  # "you" (the user's own observation) | "directory" | "none"
    suggest_drop: bool = False
    nobody_streak: int = 0


def for_chat(observations: list[Observation], chat_id: str) -> list[Observation]:
    """One chat's observations, newest first."""
    return sorted((o for o in observations if o.chat_id == chat_id), key=lambda o: (o.day, o.session_start),
                  reverse=True)


def nobody_streak(mine: list[Observation]) -> int:
    """How many "nobody was there" come first in newest-first observations."""
    count = 0
    for o in mine:
        if o.ran:
            break
        count += 1
    return count


def directory_running(chat: Chat, today: dt.date) -> bool:
    """What the directory says, with old evidence decayed. The one place to switch to
    core.status.effective_status once it exists."""
    if chat.status not in DIRECTORY_RUNNING:
        return False
    seen = last_seen_date(str(chat.last_seen or ""))
    return seen is None or (today - seen).days <= RECENT_DAYS


def last_seen_date(text: str) -> dt.date | None:
    """The last day a "last seen" of known precision can mean ("2019" -> 2019-12-31)."""
    try:
        if len(text) == 4:
            return dt.date(int(text), 12, 31)
        if len(text) == 7:
            year, month = int(text[:4]), int(text[5:])
            nxt = dt.date(year + month // 12, month % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        if len(text) == 10:
            return dt.date.fromisoformat(text)
    except ValueError:
        return None
    return None


def chat_state(chat: Chat, today: dt.date, observations: list[Observation] = ()) -> ChatState:
    mine = [o for o in for_chat(list(observations), chat.id) if o.day <= today]
    streak = nobody_streak(mine)
    seen = next((o for o in mine if o.ran), None)
    directory_seen = str(chat.last_seen or "")
    if mine and mine[0].ran:
        return ChatState(True, mine[0].day.isoformat(), "you")
    if streak:
        last = seen.day.isoformat() if seen else directory_seen
        return ChatState(False, last, "you", suggest_drop=streak >= DROP_AFTER, nobody_streak=streak)
    running = directory_running(chat, today)
    return ChatState(running, directory_seen, "directory" if directory_seen or running else "none")


def correction(chat: Chat, observations: list[Observation], today: dt.date, sources: tuple[str, ...] = ()) -> Chat | None:
    """The chat as this user's evidence says it is, for a directory update a colleague can import;
    None when they have no evidence about it. `sources` are where they looked (http addresses)."""
    mine = [o for o in for_chat(observations, chat.id) if o.day <= today]
    if not mine:
        return None
    state = chat_state(chat, today, mine)
    ran = [o.day.isoformat() for o in mine if o.ran]
    empty = [o.day.isoformat() for o in mine if not o.ran]
    parts = []
    if ran:
        parts.append("seen running on " + ", ".join(sorted(ran)))
    if empty:
        parts.append("nobody there on " + ", ".join(sorted(empty)))
    evidence = "A PLN Onboard user's own observation: " + "; ".join(parts) + "."
    status = chat.status
    if mine[0].ran:
        status = "active"
    elif state.nobody_streak >= DROP_AFTER:
        status = "historical"
    last_seen = chat.last_seen
    if ran:
        newest = max(o.day for o in mine if o.ran)
        last_seen = type_like(chat.last_seen, newest)
    merged_sources = tuple(dict.fromkeys(tuple(chat.sources) + tuple(sources)))
    return replace(chat, status=status, last_seen=last_seen, verified=mine[0].day.isoformat(),
                   confidence="user observation", evidence=evidence, sources=merged_sources, custom=False)


def type_like(current, day: dt.date):
    """A last-seen value in the directory's own shape: a year number today, an ISO date string
    once last_seen becomes text (issue 11)."""
    if isinstance(current, str):
        return day.isoformat()
    return day.year
