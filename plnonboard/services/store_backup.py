"""Backups of the store, next to it in backups/: SQLite's backup API into a private temporary file,
renamed into place; the newest KEEP_BACKUPS kept. backups/ must be a real folder of ours: a symbolic
link (to anyone's folder) is refused, never followed, and only our own temporaries are cleaned up."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import stat
from pathlib import Path

from ..core.errors import StoreProblem

KEEP_BACKUPS = 3
BACKUP_EVERY = dt.timedelta(minutes=30)


class BackupRefused(StoreProblem):
    """backups/ is not a folder of ours; the message is one plain sentence."""


def private_file(path: Path) -> None:
    """Create `path` empty with mode 0600 if it does not exist (SQLite would use 0644)."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600))


def tighten(path: Path, mode: int) -> None:
    """Files and folders of ours made by an older version (0644/0755) become private."""
    try:
        st = os.lstat(path)
        if not stat.S_ISLNK(st.st_mode) and st.st_mode & 0o077:
            os.chmod(path, mode)
    except OSError:
        pass


def _copy(db: sqlite3.Connection, target: Path) -> None:
    """SQLite's online backup API into `target` (a seam the tests use to fill the disk)."""
    dst = sqlite3.connect(target)
    try:
        db.backup(dst)
    finally:
        dst.close()


def folder_ok(folder: Path) -> bool:
    try:
        st = os.lstat(folder)
    except OSError:
        return False
    return stat.S_ISDIR(st.st_mode)  # a symbolic link (to anyone's folder) is not ours


def backups(folder: Path) -> list[Path]:
    if not folder_ok(folder):
        return []
    return sorted(folder.glob("plnonboard-*.sqlite3"), reverse=True)


def write(db: sqlite3.Connection, folder: Path) -> Path:
    with contextlib.suppress(FileExistsError):
        os.mkdir(folder, 0o700)
    if not folder_ok(folder):
        raise BackupRefused(f"Your plan was saved, but no backup copy was made: {folder} is not a "
                            "folder of PLN Onboard's own (it is a link or a file), so it was left alone.")
    tighten(folder, 0o700)
    remove_stale_temporaries(folder)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"plnonboard-{stamp}.sqlite3"
    tmp = folder / f"plnonboard-{stamp}.{os.getpid()}.tmp"
    private_file(tmp)
    try:
        _copy(db, tmp)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    for old in backups(folder)[KEEP_BACKUPS:]:
        old.unlink(missing_ok=True)
    return target


def remove_stale_temporaries(folder: Path) -> None:
    """Backups cut short by a kill leave plnonboard-….<pid>.tmp; only our own regular files,
    and only when that process is gone (another one may be writing its backup right now)."""
    for entry in os.scandir(folder):
        name = entry.name
        if not (name.startswith("plnonboard-") and name.endswith(".tmp")) or not entry.is_file(
                follow_symlinks=False):
            continue
        pid = name[:-4].rsplit(".", 1)[-1]
        if pid.isdigit() and int(pid) != os.getpid() and _alive(int(pid)):
            continue
        with contextlib.suppress(OSError):
            os.unlink(entry.path)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, not ours to signal
    return True


def age(path: Path) -> dt.timedelta:
    try:
        return dt.timedelta(seconds=max(0.0, dt.datetime.now().timestamp() - path.stat().st_mtime))
    except OSError:
        return BACKUP_EVERY


def plain_error(exc: BaseException) -> str:
    text = str(exc).lower()
    if getattr(exc, "errno", None) == 28 or "full" in text:
        why = "the disk is full"
    elif getattr(exc, "errno", None) in (1, 13, 30) or "readonly" in text or "read-only" in text:
        why = "the backups folder cannot be written"
    else:
        why = getattr(exc, "strerror", None) or str(exc)
    return f"Your plan was saved, but its backup copy could not be written ({why})."


def backup_time(path: Path) -> str:
    try:
        stamp = path.stem.split("-", 1)[1]
        when = dt.datetime.strptime(stamp[:15], "%Y%m%d-%H%M%S")
        return when.strftime("%Y-%m-%d %H:%M")
    except (IndexError, ValueError):
        return path.name
