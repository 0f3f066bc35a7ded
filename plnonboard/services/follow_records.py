"""What follow-through runs did, kept in the store: one row a run, one row an intended action.
Every write is one `Store.write` (one transaction on the store's thread), so a run's worker and the
window can both use these records.

A run is what one "Follow on Bluesky/Mastodon" step set out to do. Each action row says whether it was
done by this run (with the AT-URI or Mastodon account id it made, so Undo removes exactly that), found
already done, left unresolved, or still pending when the run paused at a rate limit or was stopped.
Secrets never come here: only handles, addresses, record URIs and ids.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass, field

from ..core.follow_through import Action
from .store import Store

# Action statuses
PENDING = "pending"  # not tried yet (the run paused or stopped first)
DONE = "done"  # made by this run: `ref` is what to remove on undo
ALREADY = "already"  # existed before this run; undo leaves it alone
UNRESOLVED = "unresolved"  # the handle or address could not be found
SKIPPED = "skipped"  # left out by the teacher or by a platform limit
FAILED = "failed"  # the platform refused it (the detail says why)
UNDONE = "undone"  # made by this run and removed by its undo

# Run statuses
RUNNING, FINISHED, PAUSED, STOPPED, UNDONE_RUN = "running", "finished", "paused", "stopped", "undone"

# Kinds that are containers this run created (their members point at them)
CREATE_LIST = "create-list"
CREATE_PACK = "create-pack"
CREATE_PACK_LIST = "create-pack-list"


@dataclass
class ActionRow:
    seq: int
    kind: str
    target: str
    reason: str
    status: str
    ref: str = ""
    cid: str = ""
    done_at: str = ""


@dataclass
class RunRecord:
    id: int
    platform: str
    account: str
    service: str
    started_at: str
    status: str
    options: dict = field(default_factory=dict)
    detail: str = ""
    actions: list[ActionRow] = field(default_factory=list)


def _now(now: dt.datetime | None = None) -> str:
    return (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).isoformat(timespec="seconds")


class FollowRecords:
    def __init__(self, store: Store) -> None:
        self.store = store

    def new_run(self, platform: str, account: str, service: str, options: dict, actions: list[Action],
                now: dt.datetime | None = None) -> int:
        stamp = _now(now)

        def work(db: sqlite3.Connection) -> int:
            cur = db.execute("INSERT INTO follow_runs (platform, account, service, started_at, updated_at, status,"
                             " options) VALUES (?, ?, ?, ?, ?, ?, ?)",
                             (platform, account.lower(), service, stamp, stamp, RUNNING, json.dumps(options)))
            run_id = cur.lastrowid
            assert run_id is not None  # an INSERT always sets it
            db.executemany("INSERT INTO follow_actions (run_id, seq, kind, target, reason, status)"
                           " VALUES (?, ?, ?, ?, ?, ?)",
                           [(run_id, i, a.kind, a.target, a.reason[:500], PENDING) for i, a in enumerate(actions)])
            return run_id

        return self.store.write(work)

    def add_action(self, run_id: int, kind: str, target: str, status: str, ref: str = "", cid: str = "",
                   now: dt.datetime | None = None) -> int:
        def work(db: sqlite3.Connection) -> int:
            seq = db.execute("SELECT coalesce(max(seq), -1) + 1 FROM follow_actions WHERE run_id = ?",
                             (run_id,)).fetchone()[0]
            db.execute("INSERT INTO follow_actions (run_id, seq, kind, target, status, ref, cid, done_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       (run_id, seq, kind, target, status, ref, cid, _now(now) if status == DONE else ""))
            return int(seq)

        return self.store.write(work)

    def mark(self, run_id: int, marks: list[tuple[int, str, str, str]], now: dt.datetime | None = None) -> None:
        """Record (seq, status, ref, cid) for several actions in one transaction."""
        stamp = _now(now)

        def work(db: sqlite3.Connection) -> None:
            db.executemany("UPDATE follow_actions SET status = ?, ref = ?, cid = ?,"
                           " done_at = CASE WHEN ? IN ('done', 'undone') THEN ? ELSE done_at END"
                           " WHERE run_id = ? AND seq = ?",
                           [(status, ref, cid, status, stamp, run_id, seq) for seq, status, ref, cid in marks])
            db.execute("UPDATE follow_runs SET updated_at = ? WHERE id = ?", (stamp, run_id))

        self.store.write(work)

    def set_status(self, run_id: int, status: str, detail: str = "", now: dt.datetime | None = None) -> None:
        stamp = _now(now)
        self.store.write(lambda db: db.execute("UPDATE follow_runs SET status = ?, detail = ?, updated_at = ?"
                                               " WHERE id = ?", (status, detail[:500], stamp, run_id)))

    def run(self, run_id: int) -> RunRecord | None:
        rows = self.store.read("SELECT id, platform, account, service, started_at, status, options, detail"
                               " FROM follow_runs WHERE id = ?", (run_id,))
        if not rows:
            return None
        r = rows[0]
        record = RunRecord(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6] or "{}"), r[7])
        record.actions = [ActionRow(*a) for a in self.store.read(
            "SELECT seq, kind, target, reason, status, ref, cid, done_at FROM follow_actions WHERE run_id = ?"
            " ORDER BY seq", (run_id,))]
        return record

    def runs(self, limit: int = 50) -> list[RunRecord]:
        ids = [r[0] for r in self.store.read("SELECT id FROM follow_runs ORDER BY id DESC LIMIT ?", (limit,))]
        return [run for i in ids if (run := self.run(i)) is not None]

    def open_run(self, platform: str, account: str, options: dict) -> int | None:
        """The newest run of the same step that paused or stopped before finishing: resuming continues it."""
        rows = self.store.read("SELECT id FROM follow_runs WHERE platform = ? AND account = ? AND options = ?"
                               " AND status IN (?, ?, ?) ORDER BY id DESC LIMIT 1",
                               (platform, account.lower(), json.dumps(options), PAUSED, STOPPED, RUNNING))
        return rows[0][0] if rows else None

    def done(self, platform: str, account: str) -> dict[tuple[str, str], tuple[str, str]]:
        """(kind, target lower-cased) -> (ref, cid) of everything earlier runs made and nobody undid."""
        rows = self.store.read("SELECT a.kind, a.target, a.ref, a.cid FROM follow_actions a"
                               " JOIN follow_runs r ON r.id = a.run_id"
                               " WHERE r.platform = ? AND r.account = ? AND a.status = ? ORDER BY a.run_id, a.seq",
                               (platform, account.lower(), DONE))
        return {(k, t.lower()): (ref, cid) for k, t, ref, cid in rows}

    def spent_since(self, platform: str, account: str, since: dt.datetime) -> list[str]:
        """done_at of every record made or removed (by any run on this account) since `since`."""
        rows = self.store.read("SELECT a.done_at FROM follow_actions a JOIN follow_runs r ON r.id = a.run_id"
                               " WHERE r.platform = ? AND r.account = ? AND a.status IN ('done', 'undone')"
                               " AND a.done_at > ? ORDER BY a.done_at",
                               (platform, account.lower(), _now(since)))
        return [r[0] for r in rows]
