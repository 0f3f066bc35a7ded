"""Opening the store's file, on the store's own thread: connect, check, migrate, or recover from damage.

- The connection keeps check_same_thread=True: it belongs to the thread that opens it (store_worker.py).
- Schema steps (store_schema.py) run in one write transaction that re-reads the version first (several
  processes may open a new folder at once); a newer store is refused, not touched.
- A damaged file is moved aside and the newest good backup put in its place (the notice says so);
  busy, read-only, full or cannot-open are not damage (store_errors._is_damage).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from pathlib import Path
from typing import NamedTuple

from . import store_backup
from .store_errors import StoreError, _is_damage, _plain_sqlite_error
from .store_schema import MIGRATIONS, SCHEMA_VERSION


class Opened(NamedTuple):
    db: sqlite3.Connection
    notice: str = ""  # set when the store had to be repaired
    retire_old_backups: bool = False  # migrated past v3: older backups may hold credentials


def connect(path: Path) -> sqlite3.Connection:
    store_backup.private_file(path)
    store_backup.tighten(path, 0o600)
    # check_same_thread stays on: only the store's thread may use it, anything else raises.
    db = sqlite3.connect(path, timeout=10, isolation_level=None, check_same_thread=True)
    db.execute("PRAGMA synchronous=FULL")
    db.execute("PRAGMA journal_mode=DELETE")
    db.execute("PRAGMA secure_delete=ON")  # a pruned revision or a removed credential leaves no bytes behind
    return db


def open_checked(path: Path, backup_dir: Path) -> Opened:
    existed = path.exists()
    db = None
    try:
        if existed and path.stat().st_size == 0 and store_backup.backups(backup_dir):
            raise sqlite3.DatabaseError("the file is empty")  # emptied by a failed copy: not a fresh store
        db = connect(path)
        if existed:
            check(db)
        return Opened(db, "", migrate(db))
    except StoreError:
        raise
    except sqlite3.DatabaseError as exc:
        if db is not None:
            db.close()
        if not _is_damage(exc):
            raise StoreError(_plain_sqlite_error(exc, path)) from None
        return recover(path, backup_dir)
    except OSError as exc:
        raise StoreError(f"Cannot open your saved plan {path}: {exc.strerror or exc}.") from None


def check(db: sqlite3.Connection) -> None:
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


def migrate(db: sqlite3.Connection) -> bool:
    """Run the missing schema steps; True when older backups should be replaced (see Opened)."""
    if db.execute("PRAGMA user_version").fetchone()[0] >= SCHEMA_VERSION:
        return False
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
    except BaseException:
        rollback(db)
        raise
    return 0 < version < 4  # they may hold what _scrub_credentials removed


def recover(path: Path, backup_dir: Path) -> Opened:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    try:
        os.replace(path, aside)
    except OSError as exc:
        raise StoreError(f"Your saved plan is damaged and could not be moved aside: {exc.strerror}.") from None
    for backup in store_backup.backups(backup_dir):
        try:
            probe = sqlite3.connect(backup)
            check(probe)
            probe.close()
            db = connect(path)
            src = sqlite3.connect(backup)
            src.backup(db)
            src.close()
            retire = migrate(db)
            return Opened(db, f"Your saved plan file was damaged, so PLN Onboard restored the copy from "
                              f"{store_backup.backup_time(backup)}. The damaged file was kept as {aside.name}.",
                          retire)
        except (sqlite3.DatabaseError, StoreError):
            continue
    db = connect(path)
    retire = migrate(db)
    return Opened(db, f"Your saved plan file was damaged and no good backup was found, so PLN Onboard started "
                      f"a new one. The damaged file was kept as {aside.name}.", retire)


def rollback(db: sqlite3.Connection) -> None:
    with contextlib.suppress(sqlite3.Error):  # the error that led here is the one worth reporting
        if db.in_transaction:
            db.execute("ROLLBACK")
