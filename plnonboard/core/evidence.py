"""The user's own evidence about chats ("Did it happen?"), and what it means for them.

An observation says what the user found at one session: it ran and they took part, it ran and they
read along, or nobody was there. Their newest word wins over the directory: a chat they saw running
is running for them; two "nobody was there" in a row (with nothing since) mean it is time to
suggest dropping it. Dates are the session's date on the user's calendar.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .model import Chat
from .status import effective_status

OUTCOMES = ("attended", "lurked", "nobody")
RAN = ("attended", "lurked")
DROP_AFTER = 2  # "nobody was there" this many times in a row: suggest dropping
# Statuses two "nobody was there" in a row contradict (a correction then says "unverified").
MEETS = ("running", "irregular")


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
    source: str  # "you" (the user's own observation) | "directory" | "custom" (added by the user) | "none"
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
    """What the directory says as of today (running decays after 18 months: core.status)."""
    return effective_status(chat, today).running


def chat_state(chat: Chat, today: dt.date, observations: Sequence[Observation] = ()) -> ChatState:
    mine = [o for o in for_chat(list(observations), chat.id) if o.day <= today]
    streak = nobody_streak(mine)
    seen = next((o for o in mine if o.ran), None)
    directory_seen = str(chat.last_seen or "")
    if mine and mine[0].ran:
        return ChatState(True, mine[0].day.isoformat(), "you")
    if streak:
        last = seen.day.isoformat() if seen else directory_seen
        return ChatState(False, last, "you", suggest_drop=streak >= DROP_AFTER, nobody_streak=streak)
    if chat.custom:  # the user added it: theirs to judge, drawn as running until they say otherwise
        return ChatState(True, directory_seen, "custom")
    running = directory_running(chat, today)
    return ChatState(running, directory_seen, "directory" if directory_seen or running else "none")


def correction(chat: Chat, observations: list[Observation], today: dt.date,
               sources: tuple[str, ...] = ()) -> Chat | None:
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
        status = "running"
    elif state.nobody_streak >= DROP_AFTER and chat.status in MEETS:
        status = "unverified"  # not "ended": two empty evenings are a doubt, not proof
    last_seen = chat.last_seen
    if ran:
        last_seen = max(o.day for o in mine if o.ran).isoformat()
    merged_sources = tuple(dict.fromkeys(tuple(chat.sources) + tuple(sources)))
    return replace(chat, status=status, last_seen=last_seen, verified=mine[0].day.isoformat(),
                   confidence="user observation", evidence=evidence, sources=merged_sources, custom=False)
