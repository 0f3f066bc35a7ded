"""The store's errors, and how an SQLite error reads to a person (one plain sentence)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..core.errors import StoreProblem

if TYPE_CHECKING:  # sqlite3 is imported by the store itself; the window's first paint needs only the classes
    import sqlite3


class StoreError(StoreProblem):
    """The store cannot be used; the message is one plain sentence for the user."""


class PlanConflict(StoreError):
    """The plan was saved by someone else since `base`; reload (or merge) and save again."""

    def __init__(self, latest: int | None) -> None:
        self.latest = latest
        super().__init__("Your plan was changed elsewhere (another window or a command) while you were editing.")


class UnreadablePlan(StoreError):
    def __init__(self, revision: int, reason: str) -> None:
        self.revision = revision
        super().__init__(f"The saved plan could not be read ({reason}). `plnonboard plan history` lists its "
                         "earlier versions and `plnonboard plan restore REVISION` brings one back.")


def _is_damage(exc: sqlite3.DatabaseError) -> bool:
    """Corruption and not-a-database mean damage; busy, read-only, full or cannot-open do not:
    moving a good file aside because it was locked or the disk was full would lose the plan."""
    import sqlite3

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
