"""The user's "Did it happen?" answers in the store (table `observations`, schema step 4):
one answer per session, with its date, written on the store's own thread (Store.write)."""

from __future__ import annotations

import datetime as dt

from ..core.evidence import OUTCOMES, Observation
from .store import Store, StoreError


def record_observation(store: Store, obs: Observation) -> None:
    """Keep one answer per session (answering again replaces it). Raises StoreError."""
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    store.write(lambda db: db.execute("INSERT OR REPLACE INTO observations VALUES (?, ?, ?, ?, ?)",
                                      (obs.chat_id, obs.session_start, obs.day.isoformat(), obs.outcome, now)))


def forget_observation(store: Store, chat_id: str, session_start: str) -> None:
    store.write(lambda db: db.execute("DELETE FROM observations WHERE chat_id = ? AND session_start = ?",
                                      (chat_id, session_start)))


def observations(store: Store) -> list[Observation]:
    """Every answer, oldest first; a row this version cannot read is skipped, not fatal."""
    try:
        rows = store.read("SELECT chat_id, session_start, day, outcome FROM observations ORDER BY day, session_start")
    except StoreError:
        return []
    out = []
    for chat_id, start, day, outcome in rows:
        try:
            out.append(Observation(chat_id, dt.date.fromisoformat(day), outcome, start))
        except (TypeError, ValueError):
            continue
    return [o for o in out if o.outcome in OUTCOMES]
