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
- Opening, schema steps (store_schema.py) and recovering a damaged file: store_open.py.
- Backups (store_backup.py) on a schedule: after the first save, when the newest is older than
  BACKUP_EVERY, and on close after saves; a failed one is reported in `warning`, never silent.
- Files are created 0600 and folders 0700: a plan says where and when a teacher is online.
- A damaged file found at open is moved aside and the newest good backup put in its place
  (`Store.notice` says so).
- Threads: the connection has one owner, the store's own thread (store_worker.py). Every public method
  runs there whichever thread calls it (the caller waits; `submit` returns a Future instead, for the
  window). The connection keeps check_same_thread=True, so any other use fails loudly. `close` (also
  run at exit for a store nobody closed) backs up if needed, closes the connection and ends the thread.
"""

from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import functools
import sqlite3
import weakref
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Any, Concatenate, NamedTuple, ParamSpec, TypeVar

from ..core.credentials import split_url, strip_plan
from ..core.errors import CoreError
from ..core.model import Plan
from ..core.plan_entries import checked_plan_text
from ..core.planfile import parse_plan_text
from . import paths, store_backup, store_open
from .store_errors import PlanConflict, StoreError, UnreadablePlan, _plain_sqlite_error
from .store_open import rollback as _rollback
from .store_schema import MIGRATIONS, SCHEMA_VERSION  # noqa: F401  (both are part of the API)
from .store_worker import StoreClosed, StoreWorker  # noqa: F401  (StoreClosed is part of the API)

if TYPE_CHECKING:  # secrets brings the keyring: imported when first needed
    from .secrets import FeedCredentials

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")

DB_NAME = paths.STORE_FILE
KEEP_RECENT = 20
KEEP_DAYS = 30
KEEP_AT_LEAST = 5
HISTORY_BYTES = 10_000_000
ANY = -1  # save_plan(base=ANY): replace whatever is there (plan import, restore)


def _on_store_thread(method: Callable[Concatenate[Store, P], R]) -> Callable[Concatenate[Store, P], R]:
    """Run the method on the store's thread, whichever thread calls it, and wait for its result."""

    @functools.wraps(method)
    def run(self: Store, *args: P.args, **kwargs: P.kwargs) -> R:
        return self._worker.call(functools.partial(method, self, *args, **kwargs))

    return run


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
        self._closed = False
        self._worker = StoreWorker()
        try:
            self._db = self._worker.call(self._open)
        except BaseException:
            self._worker.stop()
            raise
        _open_stores.add(self)
        # A store that is dropped without close() still ends its thread and closes its connection.
        self._finalizer = weakref.finalize(self, _end_unowned, self._worker, self._db)
        self._finalizer.atexit = False  # at exit, _close_open_stores closes it properly (with its backup)

    # -- threads -----------------------------------------------------------------------------

    def submit(self, fn: Callable[..., T], *args: Any) -> Future[T]:
        """Run `fn(*args)` on the store's thread without waiting: the window's way in (it is told the
        result on its own thread, ui/tasks.run_store_task). `fn` may call this store's methods."""
        return self._worker.submit(fn, *args)

    @_on_store_thread
    def call(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """`work(connection)` on the store's thread, outside a transaction (settings, checks, tests)."""
        return work(self._db)

    # -- opening -----------------------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        """On the store's thread: the connection belongs to the thread that makes it."""
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise StoreError(f"Cannot create the data folder {self.data_dir}: {exc.strerror or exc}.") from None
        self._db, self.notice, retire = store_open.open_checked(self.path, self.backup_dir)
        if retire:
            self._replace_old_backups()
        return self._db

    # -- transactions --------------------------------------------------------------------------

    def _transaction(self, work: Callable[[sqlite3.Connection], object], *, failing: str = ""):
        """Run `work` in one write transaction that is always closed: committed when it returns,
        rolled back on anything it raises (an SQLite error becomes a plain StoreError). Store thread only."""
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
        try:
            return self._db.execute(sql, args).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(_plain_sqlite_error(exc, self.path)) from None

    # -- plans -------------------------------------------------------------------------------

    @_on_store_thread
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

    @_on_store_thread
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
        assert cur.lastrowid is not None  # an INSERT always sets it
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

    @_on_store_thread
    def load_plan(self) -> Plan | None:
        return self.load_latest()[0]

    @_on_store_thread
    def load_latest(self) -> tuple[Plan | None, int | None]:
        """The newest plan and its revision; UnreadablePlan if it cannot be read."""
        rows = self._read("SELECT id, plan_json FROM plans ORDER BY id DESC LIMIT 1")
        return (_parse(rows[0]), rows[0][0]) if rows else (None, None)

    @_on_store_thread
    def latest_revision(self) -> int | None:
        return self._read("SELECT max(id) FROM plans")[0][0]

    @_on_store_thread
    def plan_at(self, revision: int) -> Plan:
        rows = self._read("SELECT id, plan_json FROM plans WHERE id = ?", (revision,))
        if not rows:
            raise StoreError(f"There is no revision {revision} in your plan's history "
                             "(see `plnonboard plan history`).")
        return _parse(rows[0])

    @_on_store_thread
    def history(self, limit: int = KEEP_RECENT + KEEP_DAYS) -> list[Revision]:
        return [Revision(*r) for r in
                self._read("SELECT id, saved_at, origin FROM plans ORDER BY id DESC LIMIT ?", (limit,))]

    @_on_store_thread
    def readable(self, revision: int) -> bool:
        try:
            self.plan_at(revision)
        except StoreError:
            return False
        return True

    @_on_store_thread
    def newest_readable(self) -> tuple[Revision, Plan] | None:
        """The newest revision that still loads, for offering a way back from an unreadable plan."""
        for rev in self.history():
            try:
                return rev, self.plan_at(rev.id)
            except StoreError:
                continue
        return None

    @_on_store_thread
    def restore(self, revision: int) -> int:
        """Save revision `revision` again as the newest; the history keeps what was there."""
        return self.save_plan(self.plan_at(revision), origin=f"restore of revision {revision}")

    # -- remembered HTTP validators (never tokens) ---------------------------------------------

    @_on_store_thread
    def get_http_validators(self, url: str) -> tuple[str, str, str] | None:
        """(etag, last_modified, title) remembered for `url`, or None. Fetch workers wait for the store's thread."""
        try:
            row = self._db.execute("SELECT etag, last_modified, title FROM http_validators WHERE url = ?",
                                   (split_url(url)[0],)).fetchone()
        except (sqlite3.Error, UnicodeError):
            return None
        return (row[0], row[1], row[2]) if row else None

    @_on_store_thread
    def set_http_validators(self, url: str, etag: str, last_modified: str, title: str = "") -> None:
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        try:
            if self._db.in_transaction:
                return  # never write into another caller's transaction
            self._db.execute("INSERT OR REPLACE INTO http_validators VALUES (?, ?, ?, ?, ?)",
                             (split_url(url)[0], etag[:500], last_modified[:100], title[:300], now))
        except (sqlite3.Error, UnicodeError):
            pass  # a cache: losing an entry only costs one more download

    # -- tables kept by other modules (follow-through records) ----------------------------------

    @_on_store_thread
    def write(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """`work(connection)` on the store's thread inside one write transaction (see transaction())."""
        with self.transaction() as db:
            return work(db)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """The one connection inside one write transaction that is always closed: committed when the
        block ends, rolled back on anything raised inside it. Only on the store's thread (inside
        `write`, `call` or `submit`); anywhere else it raises rather than share the connection."""
        if not self._worker.on_thread():
            raise RuntimeError("Store.transaction() runs on the store's thread: use Store.write(work)")
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

    @_on_store_thread
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

    @_on_store_thread
    def backup(self) -> bool:
        """Copy the store into backups/ now. False (and `warning` says why) if it could not be written."""
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
        """Back up if anything was saved since the last backup, close the connection and end the
        store's thread, after whatever was already asked of it. Safe to call twice."""
        if self._closed:
            return
        self._closed = True
        _open_stores.discard(self)
        self._finalizer.detach()
        self._worker.stop(self._close_now)

    def _close_now(self) -> None:
        try:
            if self._saved_since_backup:
                self.backup()
        finally:
            self._db.close()


_open_stores: weakref.WeakSet[Store] = weakref.WeakSet()


@atexit.register
def _close_open_stores() -> None:
    """At exit, close every store still open (an error or a forgotten close), so its thread ends and
    its last saves get their backup; never a hang (each close only waits for work already queued)."""
    for store in list(_open_stores):
        with contextlib.suppress(Exception):  # at exit there is nobody left to tell
            store.close()


def _end_unowned(worker: StoreWorker, db: sqlite3.Connection) -> None:
    """A store dropped without close(): end its thread and close its connection there."""
    worker.stop(db.close)


def _parse(row: tuple) -> Plan:
    try:
        return parse_plan_text(row[1])
    except CoreError as exc:
        raise UnreadablePlan(row[0], str(exc)) from None
