"""The local store: one SQLite file holding the saved plan and its history.

- Every save is one transaction (SQLite's rollback journal, synchronous=FULL): a crash or a
  kill mid-save leaves the previous plan, never half of the new one.
- The schema version lives in PRAGMA user_version; older stores are migrated step by step in
  the same transaction as the version bump; a store from a newer app is refused, not touched.
- After each save a copy goes to backups/ (the last KEEP_BACKUPS saves). A damaged file found
  at open is moved aside with a timestamp and the newest good backup is put in its place; the
  caller gets a plain sentence saying so (`Store.notice`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from ..core.errors import CoreError
from ..core.model import Plan
from ..core.planfile import dump_plan, parse_plan_text

DB_NAME = "plnonboard.sqlite3"
SCHEMA_VERSION = 4
KEEP_BACKUPS = 5

MIGRATIONS: dict[int, list[str]] = {
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
    # "Did it happen?": the user's own word on each session they answered for (services/observations.py).
    4: [
        "CREATE TABLE observations (chat_id TEXT NOT NULL, session_start TEXT NOT NULL, day TEXT NOT NULL,"
        " outcome TEXT NOT NULL, recorded_at TEXT NOT NULL, PRIMARY KEY (chat_id, session_start))",
    ],
}


class StoreError(CoreError):
    """The store cannot be used; the message is one plain sentence for the user."""


class Store:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / DB_NAME
        self.backup_dir = self.data_dir / "backups"
        self.notice = ""  # set when the store had to be repaired at open
        self._lock = threading.RLock()
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"Cannot create the data folder {self.data_dir}: {exc.strerror or exc}.") from None
        self._db = self._open_checked()

    # -- opening -----------------------------------------------------------------------------

    def _connect(self, path: Path) -> sqlite3.Connection:
        # One connection shared by the GUI thread and background saves, serialised by self._lock.
        db = sqlite3.connect(path, timeout=5, isolation_level=None, check_same_thread=False)
        db.execute("PRAGMA synchronous=FULL")
        db.execute("PRAGMA journal_mode=DELETE")
        return db

    def _open_checked(self) -> sqlite3.Connection:
        existed = self.path.exists()
        db = None
        try:
            if existed and self.path.stat().st_size == 0 and self.backups():
                raise sqlite3.DatabaseError("the file is empty")  # emptied by a failed copy: not a fresh store
            db = self._connect(self.path)
            if existed:
                self._check(db)
            self._migrate(db)
            return db
        except StoreError:
            raise
        except sqlite3.DatabaseError as exc:
            if db is not None:
                db.close()
            if not _is_damage(exc):
                raise StoreError(_plain_sqlite_error(exc, self.path)) from None
            return self._recover(f"{exc}")
        except OSError as exc:
            raise StoreError(f"Cannot open your saved plan {self.path}: {exc.strerror or exc}.") from None

    def _check(self, db: sqlite3.Connection) -> None:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            db.close()
            raise StoreError(
                f"Your saved plan was written by a newer version of PLN Onboard (store version {version}); "
                "this version will not change it. Please update PLN Onboard.")
        result = db.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise sqlite3.DatabaseError(result)
        if version >= 1:
            db.execute("SELECT count(*) FROM plans").fetchone()

    def _migrate(self, db: sqlite3.Connection) -> None:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        for target in range(version + 1, SCHEMA_VERSION + 1):
            db.execute("BEGIN IMMEDIATE")
            try:
                for statement in MIGRATIONS[target]:
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {target}")
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise

    def _recover(self, reason: str) -> sqlite3.Connection:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{DB_NAME}.damaged-{stamp}")
        try:
            os.replace(self.path, aside)
        except OSError as exc:
            raise StoreError(f"Your saved plan is damaged and could not be moved aside: {exc.strerror}.") from None
        for backup in self.backups():
            try:
                probe = self._connect(backup)
                self._check(probe)
                probe.close()
                db = self._connect(self.path)
                src = sqlite3.connect(backup)
                src.backup(db)
                src.close()
                self._migrate(db)
                self.notice = (f"Your saved plan file was damaged, so PLN Onboard restored the copy from "
                               f"{_backup_time(backup)}. The damaged file was kept as {aside.name}.")
                return db
            except (sqlite3.DatabaseError, StoreError):
                continue
        db = self._connect(self.path)
        self._migrate(db)
        self.notice = (f"Your saved plan file was damaged and no good backup was found, so PLN Onboard started "
                       f"a new one. The damaged file was kept as {aside.name}.")
        return db

    # -- plans -------------------------------------------------------------------------------

    def save_plan(self, plan: Plan) -> int:
        text = dump_plan(plan)
        now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                cur = self._db.execute("INSERT INTO plans (saved_at, plan_json) VALUES (?, ?)", (now, text))
                self._db.execute("COMMIT")
            except sqlite3.Error as exc:
                try:
                    self._db.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
                raise StoreError(_plain_sqlite_error(exc, self.path) + " Your last saved plan is unchanged; "
                                 "you can export this one to a file instead.") from None
            self._backup()
            return int(cur.lastrowid)

    def load_plan(self) -> Plan | None:
        with self._lock:
            row = self._db.execute("SELECT plan_json FROM plans ORDER BY id DESC LIMIT 1").fetchone()
        if row is None:
            return None
        try:
            return parse_plan_text(row[0])
        except CoreError as exc:
            raise StoreError(f"The saved plan could not be read ({exc}).") from None

    def history(self, limit: int = 20) -> list[tuple[int, str]]:
        with self._lock:
            return [(r[0], r[1]) for r in
                    self._db.execute("SELECT id, saved_at FROM plans ORDER BY id DESC LIMIT ?", (limit,))]

    # -- remembered HTTP validators (never tokens) ---------------------------------------------

    def get_http_validators(self, url: str) -> tuple[str, str, str] | None:
        """(etag, last_modified, title) remembered for `url`, or None. Safe from fetch workers:
        the one connection is shared across threads under self._lock."""
        try:
            with self._lock:
                row = self._db.execute("SELECT etag, last_modified, title FROM http_validators WHERE url = ?",
                                       (url,)).fetchone()
        except sqlite3.Error:
            return None
        return (row[0], row[1], row[2]) if row else None

    def set_http_validators(self, url: str, etag: str, last_modified: str, title: str = "") -> None:
        now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        try:
            with self._lock:
                self._db.execute("INSERT OR REPLACE INTO http_validators VALUES (?, ?, ?, ?, ?)",
                                 (url, etag[:500], last_modified[:100], title[:300], now))
        except sqlite3.Error:
            pass  # a cache: losing an entry only costs one more download

    # -- tables kept by other modules (follow-through records) ----------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """The one connection, under the store's lock, inside one write transaction."""
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise StoreError(_plain_sqlite_error(exc, self.path)) from None
            try:
                yield self._db
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    self._db.execute("ROLLBACK")
                raise
            try:
                self._db.execute("COMMIT")
            except sqlite3.Error as exc:
                with contextlib.suppress(sqlite3.Error):
                    self._db.execute("ROLLBACK")
                raise StoreError(_plain_sqlite_error(exc, self.path)) from None

    def read(self, sql: str, params: tuple = ()) -> list[tuple]:
        with self._lock:
            try:
                return self._db.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise StoreError(_plain_sqlite_error(exc, self.path)) from None

    # -- backups -----------------------------------------------------------------------------

    def backups(self) -> list[Path]:
        if not self.backup_dir.is_dir():
            return []
        return sorted(self.backup_dir.glob("plnonboard-*.sqlite3"), reverse=True)

    def _backup(self) -> None:
        """Best effort: a failed backup never fails the save that already committed."""
        try:
            self.backup_dir.mkdir(exist_ok=True)
            for stale in self.backup_dir.glob("*.tmp"):  # left by a process killed mid-backup
                stale.unlink(missing_ok=True)
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
            target = self.backup_dir / f"plnonboard-{stamp}.sqlite3"
            tmp = target.with_suffix(".tmp")
            dst = sqlite3.connect(tmp)
            self._db.backup(dst)
            dst.close()
            os.replace(tmp, target)
            for old in self.backups()[KEEP_BACKUPS:]:
                old.unlink(missing_ok=True)
        except (OSError, sqlite3.Error):
            pass

    def close(self) -> None:
        with self._lock:
            self._db.close()


def _is_damage(exc: sqlite3.DatabaseError) -> bool:
    """Corruption and not-a-database mean damage; busy, read-only, full or cannot-open do not:
    moving a good file aside because it was locked or the disk was full would lose the plan."""
    name = getattr(exc, "sqlite_errorname", "")
    if name:
        return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or name == "SQLITE_ERROR" and \
            "no such table" in str(exc)
    text = str(exc).lower()
    return ("malformed" in text or "not a database" in text or "no such table" in text
            or "empty" in text or not isinstance(exc, sqlite3.OperationalError))


def _plain_sqlite_error(exc: sqlite3.Error, path: Path) -> str:
    name = getattr(exc, "sqlite_errorname", "")
    if name.startswith("SQLITE_BUSY") or "locked" in str(exc):
        return "Your saved plan is in use by another copy of PLN Onboard; close it and try again."
    if name.startswith("SQLITE_READONLY") or "readonly" in str(exc):
        return f"The data folder {path.parent} is read-only, so your plan cannot be saved there."
    if name.startswith("SQLITE_FULL") or "full" in str(exc):
        return "The disk is full, so your plan cannot be saved."
    if name.startswith("SQLITE_CANTOPEN") or "unable to open" in str(exc):
        return f"Cannot open your saved plan in {path.parent}; check that the folder exists and is writable."
    return f"Your saved plan could not be opened ({exc})."


def _backup_time(path: Path) -> str:
    try:
        stamp = path.stem.split("-", 1)[1]
        when = dt.datetime.strptime(stamp[:15], "%Y%m%d-%H%M%S")
        return when.strftime("%Y-%m-%d %H:%M")
    except (IndexError, ValueError):
        return path.name
