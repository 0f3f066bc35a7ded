"""The local store: one SQLite file holding the saved plan and its recent history.

- Every save is one transaction (rollback journal, synchronous=FULL): a kill mid-save leaves the
  previous plan. Every transaction closes on every path (`_transaction`, `transaction`).
- Each save is a revision (a row of `plans`). A save names the revision it started from (`base`):
  if another process saved meanwhile it is refused with PlanConflict (compare-and-swap in one
  transaction); `update_plan` reads, changes and writes the newest plan in one transaction.
- Only text the plan loader reads back is saved (core.planfile.checked_plan_text), and never a
  credential written inside a feed address (it goes to the OS keyring).
- History is pruned in the same transaction: the newest KEEP_RECENT revisions plus the last of each
  of KEEP_DAYS days, up to HISTORY_BYTES of plans (at least KEEP_AT_LEAST).
- Schema steps: store_schema.py, run in one write transaction that re-reads the version first
  (several processes may open a new folder at once); a newer store is refused, not touched.
- Backups (store_backup.py) on a schedule: after the first save, when the newest is older than
  BACKUP_EVERY, and on close after saves; a failed one is reported in `warning`, never silent.
- Files are created 0600 and folders 0700: a plan says where and when a teacher is online.
- A damaged file found at open is moved aside and the newest good backup put in its place
  (`Store.notice` says so).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ..core.credentials import split_url, strip_plan
from ..core.errors import CoreError
from ..core.model import Plan
from ..core.plan_entries import checked_plan_text
from ..core.planfile import parse_plan_text
from . import paths, store_backup
from .store_errors import PlanConflict, StoreError, UnreadablePlan, _is_damage, _plain_sqlite_error
from .store_schema import MIGRATIONS, SCHEMA_VERSION  # SCHEMA_VERSION is part of the API

if TYPE_CHECKING:  # secrets brings the keyring: imported when first needed
    from .secrets import FeedCredentials

DB_NAME = paths.STORE_FILE
KEEP_RECENT = 20
KEEP_DAYS = 30
KEEP_AT_LEAST = 5
HISTORY_BYTES = 10_000_000
ANY = -1  # save_plan(base=ANY): replace whatever is there (plan import, restore)

class Revision(NamedTuple):
    id: int
    saved_at: str  # ISO 8601, UTC
    origin: str = ""


class Store:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / DB_NAME
        self.backup_dir = self.data_dir / "backups"
        self.notice = ""  # set when the store had to be repaired at open
        self.warning = ""  # set when a save committed but its backup could not be written
        self._saved_since_backup = False
        self._credentials: FeedCredentials | None = None  # made when first needed
        self._retire_old_backups = False
        self._lock = threading.RLock()
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise StoreError(f"Cannot create the data folder {self.data_dir}: {exc.strerror or exc}.") from None
        self._db = self._open_checked()
        if self._retire_old_backups:
            self._replace_old_backups()

    # -- opening -----------------------------------------------------------------------------

    def _connect(self, path: Path) -> sqlite3.Connection:
        # One connection shared by the GUI thread and background saves, serialised by self._lock.
        store_backup.private_file(path)
        store_backup.tighten(path, 0o600)
        db = sqlite3.connect(path, timeout=10, isolation_level=None, check_same_thread=False)
        db.execute("PRAGMA synchronous=FULL")
        db.execute("PRAGMA journal_mode=DELETE")
        db.execute("PRAGMA secure_delete=ON")  # a pruned revision or a removed credential leaves no bytes behind
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
        if db.execute("PRAGMA user_version").fetchone()[0] >= SCHEMA_VERSION:
            return
        db.execute("BEGIN IMMEDIATE")
        try:
            # Read again under the write lock: another process opening the same new folder may have
            # migrated while this one waited ("table meta already exists").
            version = db.execute("PRAGMA user_version").fetchone()[0]
            for target in range(version + 1, SCHEMA_VERSION + 1):
                for step in MIGRATIONS[target]:
                    step(db) if callable(step) else db.execute(step)
                db.execute(f"PRAGMA user_version = {target}")
            db.execute("COMMIT")
            if 0 < version < 4:
                self._retire_old_backups = True  # they may hold what _scrub_credentials removed
        except BaseException:
            _rollback(db)
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
                probe = sqlite3.connect(backup)
                self._check(probe)
                probe.close()
                db = self._connect(self.path)
                src = sqlite3.connect(backup)
                src.backup(db)
                src.close()
                self._migrate(db)
                self.notice = (f"Your saved plan file was damaged, so PLN Onboard restored the copy from "
                               f"{store_backup.backup_time(backup)}. The damaged file was kept as {aside.name}.")
                return db
            except (sqlite3.DatabaseError, StoreError):
                continue
        db = self._connect(self.path)
        self._migrate(db)
        self.notice = (f"Your saved plan file was damaged and no good backup was found, so PLN Onboard started "
                       f"a new one. The damaged file was kept as {aside.name}.")
        return db

    # -- transactions --------------------------------------------------------------------------

    def _transaction(self, work: Callable[[sqlite3.Connection], object], *, failing: str = ""):
        """Run `work` in one write transaction that is always closed: committed when it returns,
        rolled back on anything it raises (an SQLite error becomes a plain StoreError)."""
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                result = work(self._db)
                self._db.execute("COMMIT")
                return result
            except sqlite3.Error as exc:
                _rollback(self._db)
                raise StoreError(_plain_sqlite_error(exc, self.path) + failing) from None
            except BaseException:
                _rollback(self._db)
                raise

    def _read(self, sql: str, args: tuple = ()) -> list[tuple]:
        with self._lock:
            try:
                return self._db.execute(sql, args).fetchall()
            except sqlite3.Error as exc:
                raise StoreError(_plain_sqlite_error(exc, self.path)) from None

    # -- plans -------------------------------------------------------------------------------

    def save_plan(self, plan: Plan, *, base: int | None = ANY, origin: str = "") -> int:
        """Save `plan` as a new revision and return its number. With `base` (the revision the change
        started from; None = there was no plan), a save on top of a newer revision raises
        PlanConflict and writes nothing. PlanError if the plan would not load back."""
        self.warning = ""
        text = checked_plan_text(self._without_credentials(plan))  # never write what load_plan would refuse

        def work(db: sqlite3.Connection) -> int:
            latest = db.execute("SELECT max(id) FROM plans").fetchone()[0]
            if base != ANY and latest != base:
                raise PlanConflict(latest)
            return self._insert(db, text, origin, latest)

        revision = self._transaction(work, failing=" Your last saved plan is unchanged; you can export this "
                                                    "one to a file instead.")
        self._after_save()
        return revision

    def update_plan(self, change: Callable[[Plan | None], Plan | None], *, origin: str = "") -> int | None:
        """Read the newest plan, change it and save the result, all in one write transaction, so a
        change made meanwhile by another process is never overwritten. `change` returns None to
        save nothing. Returns the new revision (or None)."""

        def work(db: sqlite3.Connection) -> int | None:
            row = db.execute("SELECT id, plan_json FROM plans ORDER BY id DESC LIMIT 1").fetchone()
            current = _parse(row) if row else None
            new = change(current)
            if new is None:
                return None
            return self._insert(db, checked_plan_text(self._without_credentials(new)), origin,
                                row[0] if row else None)

        self.warning = ""
        revision = self._transaction(work, failing=" Your last saved plan is unchanged.")
        if revision is not None:
            self._after_save()
        return revision

    def _without_credentials(self, plan: Plan) -> Plan:
        """The plan with credentials written inside feed addresses moved to the OS keyring (keyed by the
        address without them): never in the store or its backups, whatever made the plan."""
        clean, found = strip_plan(plan)
        if found:
            creds = self.credentials
            for url, secret in found.items():
                creds.keep(url, secret)
            if creds.notice:
                self.warning = creds.notice
        return clean

    @property
    def credentials(self) -> FeedCredentials:
        if self._credentials is None:
            from .secrets import FeedCredentials

            self._credentials = FeedCredentials()
        return self._credentials

    def _insert(self, db: sqlite3.Connection, text: str, origin: str, base: int | None) -> int:
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        cur = db.execute("INSERT INTO plans (saved_at, plan_json, origin, base) VALUES (?, ?, ?, ?)",
                         (now, text, origin[:200], base))
        self._prune(db)
        assert cur.lastrowid is not None  # sqlite3 sets it after every successful INSERT
        return cur.lastrowid

    def _prune(self, db: sqlite3.Connection) -> None:
        """Keep the newest KEEP_RECENT revisions and the last of each of KEEP_DAYS days, newest first,
        until they hold HISTORY_BYTES of plans (never fewer than KEEP_AT_LEAST): a big plan keeps a
        shorter history instead of a store that grows without end."""
        rows = db.execute("SELECT id, substr(saved_at, 1, 10), length(plan_json) FROM plans "
                          "ORDER BY id DESC").fetchall()
        wanted = {r[0] for r in rows[:KEEP_RECENT]}
        days: dict[str, int] = {}
        for rid, day, _ in rows:
            days.setdefault(day, rid)
        wanted |= set(list(days.values())[:KEEP_DAYS])
        kept, total = 0, 0
        drop = []
        for rid, _, size in rows:
            if rid in wanted and (kept < KEEP_AT_LEAST or total + size <= HISTORY_BYTES):
                kept, total = kept + 1, total + size
            else:
                drop.append((rid,))
        db.executemany("DELETE FROM plans WHERE id = ?", drop)

    def load_plan(self) -> Plan | None:
        return self.load_latest()[0]

    def load_latest(self) -> tuple[Plan | None, int | None]:
        """The newest plan and its revision; UnreadablePlan if it cannot be read."""
        rows = self._read("SELECT id, plan_json FROM plans ORDER BY id DESC LIMIT 1")
        return (_parse(rows[0]), rows[0][0]) if rows else (None, None)

    def latest_revision(self) -> int | None:
        return self._read("SELECT max(id) FROM plans")[0][0]

    def plan_at(self, revision: int) -> Plan:
        rows = self._read("SELECT id, plan_json FROM plans WHERE id = ?", (revision,))
        if not rows:
            raise StoreError(f"There is no revision {revision} in your plan's history "
                             "(see `plnonboard plan history`).")
        return _parse(rows[0])

    def history(self, limit: int = KEEP_RECENT + KEEP_DAYS) -> list[Revision]:
        return [Revision(*r) for r in
                self._read("SELECT id, saved_at, origin FROM plans ORDER BY id DESC LIMIT ?", (limit,))]

    def readable(self, revision: int) -> bool:
        try:
            self.plan_at(revision)
        except StoreError:
            return False
        return True

    def newest_readable(self) -> tuple[Revision, Plan] | None:
        """The newest revision that still loads, for offering a way back from an unreadable plan."""
        for rev in self.history():
            try:
                return rev, self.plan_at(rev.id)
            except StoreError:
                continue
        return None

    def restore(self, revision: int) -> int:
        """Save revision `revision` again as the newest; the history keeps what was there."""
        return self.save_plan(self.plan_at(revision), origin=f"restore of revision {revision}")

    # -- remembered HTTP validators (never tokens) ---------------------------------------------

    def get_http_validators(self, url: str) -> tuple[str, str, str] | None:
        """(etag, last_modified, title) remembered for `url`, or None. Safe from fetch workers:
        the one connection is shared across threads under self._lock."""
        try:
            with self._lock:
                row = self._db.execute("SELECT etag, last_modified, title FROM http_validators WHERE url = ?",
                                       (split_url(url)[0],)).fetchone()
        except (sqlite3.Error, UnicodeError):
            return None
        return (row[0], row[1], row[2]) if row else None

    def set_http_validators(self, url: str, etag: str, last_modified: str, title: str = "") -> None:
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        try:
            with self._lock:
                if self._db.in_transaction:
                    return  # never write into another caller's transaction
                self._db.execute("INSERT OR REPLACE INTO http_validators VALUES (?, ?, ?, ?, ?)",
                                 (split_url(url)[0], etag[:500], last_modified[:100], title[:300], now))
        except (sqlite3.Error, UnicodeError):
            pass  # a cache: losing an entry only costs one more download

    # -- tables kept by other modules (follow-through records) ----------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """The one connection, under the store's lock, inside one write transaction that is always
        closed: committed when the block ends, rolled back on anything raised inside it."""
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise StoreError(_plain_sqlite_error(exc, self.path)) from None
            try:
                yield self._db
            except BaseException:
                _rollback(self._db)
                raise
            try:
                self._db.execute("COMMIT")
            except sqlite3.Error as exc:
                _rollback(self._db)
                raise StoreError(_plain_sqlite_error(exc, self.path)) from None
            self._saved_since_backup = True  # their rows are backed up on the same schedule as plans

    def read(self, sql: str, params: tuple = ()) -> list[tuple]:
        return self._read(sql, params)

    # -- backups -----------------------------------------------------------------------------

    def backups(self) -> list[Path]:
        return store_backup.backups(self.backup_dir)

    def _after_save(self) -> None:
        self._saved_since_backup = True
        newest = self.backups()[:1]
        if not newest or store_backup.age(newest[0]) >= store_backup.BACKUP_EVERY:
            self.backup()

    def backup(self) -> bool:
        """Copy the store into backups/ now. False (and `warning` says why) if it could not be written."""
        with self._lock:
            try:
                store_backup.write(self._db, self.backup_dir)
            except store_backup.BackupRefused as exc:
                self.warning = str(exc)
                return False
            except (OSError, sqlite3.Error) as exc:
                self.warning = store_backup.plain_error(exc)
                return False
            self._saved_since_backup = False
            return True

    def _replace_old_backups(self) -> None:
        """After the v3 migration: one new backup, and the older ones (which may hold credentials
        inside feed addresses) removed, but only once the new one is written."""
        older = self.backups()
        if older and self.backup():
            for old in older:
                old.unlink(missing_ok=True)

    def close(self) -> None:
        with self._lock:
            if self._saved_since_backup:
                self.backup()
            self._db.close()


def _rollback(db: sqlite3.Connection) -> None:
    try:
        if db.in_transaction:
            db.execute("ROLLBACK")
    except sqlite3.Error:
        pass


def _parse(row: tuple) -> Plan:
    try:
        return parse_plan_text(row[1])
    except CoreError as exc:
        raise UnreadablePlan(row[0], str(exc)) from None
