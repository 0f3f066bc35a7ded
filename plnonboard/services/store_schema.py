"""The store's schema, step by step: PRAGMA user_version says which step a file has reached.

To add a table, add MIGRATIONS[SCHEMA_VERSION + 1] (SQL statements, or a function of the connection
for a step SQL cannot say) and bump SCHEMA_VERSION; Store._migrate runs the missing steps in one
write transaction. A fixture of every released version is kept migrating in the tests."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from ..core.credentials import strip_plan
from ..core.errors import CoreError
from ..core.planfile import parse_plan_text

SCHEMA_VERSION = 5


def _scrub_credentials(db: sqlite3.Connection) -> None:
    """v4: credentials written inside feed addresses by earlier versions leave every saved revision
    (kept in the OS keyring instead; a revision that cannot be read is left as it is)."""
    from ..core.planfile import dump_plan
    from .secrets import FeedCredentials

    creds = None
    for rid, text in db.execute("SELECT id, plan_json FROM plans").fetchall():
        if not any(marker in text for marker in ("@", "=")):
            continue
        try:
            clean, found = strip_plan(parse_plan_text(text))
        except CoreError:
            continue
        if not found:
            continue
        creds = creds or FeedCredentials()
        for url, secret in found.items():
            creds.keep(url, secret)
        db.execute("UPDATE plans SET plan_json = ? WHERE id = ?", (dump_plan(clean), rid))
    db.execute("DELETE FROM http_validators WHERE url LIKE '%@%' OR url LIKE '%=%'")


MIGRATIONS: dict[int, list[str | Callable[[sqlite3.Connection], None]]] = {
    # version reached -> statements that reach it from the version before
    1: [
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE plans (id INTEGER PRIMARY KEY AUTOINCREMENT, saved_at TEXT NOT NULL,"
        " plan_json TEXT NOT NULL)",
    ],
    # ETag / Last-Modified per fetched address, so an unchanged feed is not downloaded twice.
    2: [
        "CREATE TABLE http_validators (url TEXT PRIMARY KEY, etag TEXT NOT NULL DEFAULT '',"
        " last_modified TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '', checked_at TEXT NOT NULL)",
    ],
    # Follow-through runs on Bluesky and Mastodon: every record or follow a run made, so "Undo this run"
    # removes exactly those and running the same step twice duplicates nothing (services/follow_records.py).
    3: [
        "CREATE TABLE follow_runs (id INTEGER PRIMARY KEY AUTOINCREMENT, platform TEXT NOT NULL,"
        " account TEXT NOT NULL, service TEXT NOT NULL, started_at TEXT NOT NULL, updated_at TEXT NOT NULL,"
        " status TEXT NOT NULL, options TEXT NOT NULL DEFAULT '{}', detail TEXT NOT NULL DEFAULT '')",
        "CREATE TABLE follow_actions (run_id INTEGER NOT NULL REFERENCES follow_runs(id), seq INTEGER NOT NULL,"
        " kind TEXT NOT NULL, target TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '', status TEXT NOT NULL,"
        " ref TEXT NOT NULL DEFAULT '', cid TEXT NOT NULL DEFAULT '', done_at TEXT NOT NULL DEFAULT '',"
        " PRIMARY KEY (run_id, seq))",
    ],
    # What made each revision ("import", "restore of revision 12") and the one it started from,
    # shown by `plan history`; credentials inside feed addresses move to the keyring (issue 14).
    4: [
        "ALTER TABLE plans ADD COLUMN origin TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE plans ADD COLUMN base INTEGER",
        _scrub_credentials,
    ],
    # "Did it happen?": the user's own word on each session they answered for (services/observations.py).
    5: [
        "CREATE TABLE observations (chat_id TEXT NOT NULL, session_start TEXT NOT NULL, day TEXT NOT NULL,"
        " outcome TEXT NOT NULL, recorded_at TEXT NOT NULL, PRIMARY KEY (chat_id, session_start))",
    ],
}
